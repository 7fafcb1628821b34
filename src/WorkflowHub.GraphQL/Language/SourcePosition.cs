namespace WorkflowHub.GraphQL.Language;

/// <summary>Turns a character offset into a 1-based line and column.</summary>
public static class SourcePosition
{
    /// <summary>
    /// Counts \r\n, \n and \r as line terminators that start before <paramref name="position"/>,
    /// the same way graphql-js locates errors.
    /// </summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<char> source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var limit = Math.Min(position, source.Length);
        for (var i = 0; i < limit; i++)
        {
            var c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                line++;
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        return (line, position + 1 - lineStart);
    }
}
