using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// Measures how deeply a document's brackets (<c>{ [ (</c>) nest before it is parsed, skipping strings
/// and comments. Parsing, validation and execution all recurse per level, so a document nested far
/// deeper than any real query could exhaust the thread's stack, which no handler can catch.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The offset where nesting first goes beyond <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindExcess(string text, int maxDepth)
    {
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '#':
                    while (i < text.Length && text[i] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    continue;
                case '"':
                    i = SkipString(text, i);
                    continue;
                case '{' or '[' or '(':
                    if (++depth > maxDepth)
                    {
                        return i;
                    }

                    break;
                case '}' or ']' or ')':
                    if (depth > 0)
                    {
                        depth--;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }

    public static GraphQLError Error(string text, int offset, int maxDepth)
    {
        var (line, column) = SourcePosition.LineAndColumn(text, offset);
        return GraphQLError.WithCode(
            $"Syntax Error: The document nests more than {maxDepth} levels deep.",
            ErrorCodes.ParseFailed,
            [new SourceLocation(line, column)]);
    }

    private static int SkipString(string text, int start)
    {
        if (string.CompareOrdinal(text, start, "\"\"\"", 0, 3) == 0)
        {
            var i = start + 3;
            while (i < text.Length)
            {
                if (text[i] == '\\' && string.CompareOrdinal(text, i + 1, "\"\"\"", 0, 3) == 0)
                {
                    i += 4;
                }
                else if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
                {
                    return i + 3;
                }
                else
                {
                    i++;
                }
            }

            return i;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"' or '\n' or '\r':
                    return i + 1;
            }
        }

        return text.Length;
    }
}
