using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is made of; the same shape as graphql-js's schema config.</summary>
public sealed class SchemaConfiguration
{
    public ObjectType? Query { get; set; }

    public ObjectType? Mutation { get; set; }

    public ObjectType? Subscription { get; set; }

    /// <summary>
    /// Types to include even if no root type reaches them; their order is kept first in the
    /// type map. Types referenced from these and from the roots are added on their own.
    /// </summary>
    public IList<INamedType> Types { get; set; } = [];

    /// <summary>Directives of the schema; null means the built-in ones only.</summary>
    public IList<DirectiveType>? Directives { get; set; }

    public string? Description { get; set; }

    public ISyntaxNode? SyntaxNode { get; set; }

    public IReadOnlyList<ISyntaxNode> ExtensionSyntaxNodes { get; set; } = [];
}
