namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// A document could not be lexed or parsed. <see cref="Exception.Message"/> is worded like
/// graphql-js (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>); <see cref="Line"/> and
/// <see cref="Column"/> are 1-based.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Character offset of the error in the source.</summary>
    public int Position { get; }

    public int Line { get; }

    public int Column { get; }

    internal static GraphQLSyntaxException At(ReadOnlySpan<char> source, int position, string description)
    {
        var (line, column) = SourcePosition.LineAndColumn(source, position);
        return new GraphQLSyntaxException(description, position, line, column);
    }
}
