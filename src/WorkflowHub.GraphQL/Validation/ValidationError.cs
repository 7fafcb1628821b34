using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>A 1-based line and column in the document, as GraphQL error <c>locations</c> report them.</summary>
public readonly record struct ErrorLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// One problem found by <see cref="DocumentValidator"/>: a message worded like graphql-js and the
/// AST nodes it concerns. <see cref="Locations"/> are the start positions of those nodes (nodes
/// built in code, without a location, are left out).
/// </summary>
public sealed class ValidationError
{
    private static readonly IReadOnlyList<ISyntaxNode> NoNodes = [];

    public ValidationError(string message, IReadOnlyList<ISyntaxNode>? nodes = null)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Nodes = nodes ?? NoNodes;
        var locations = new List<ErrorLocation>(Nodes.Count);
        foreach (var node in Nodes)
        {
            var location = node.Location;
            if (location.Line > 0)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        Locations = locations;
    }

    public ValidationError(string message, ISyntaxNode node)
        : this(message, [node])
    {
    }

    public string Message { get; }

    /// <summary>The nodes the error is about, in the order graphql-js lists them.</summary>
    public IReadOnlyList<ISyntaxNode> Nodes { get; }

    public IReadOnlyList<ErrorLocation> Locations { get; }

    public override string ToString() =>
        Locations.Count == 0 ? Message : Message + " (" + string.Join(", ", Locations) + ")";
}
