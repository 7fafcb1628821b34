namespace WorkflowHub.GraphQL.Language;

/// <summary>A node that carries applied directives.</summary>
public interface IHasDirectives : ISyntaxNode
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A top-level definition of a document.</summary>
public interface IDefinitionNode : ISyntaxNode;

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode;

/// <summary>A schema, type or directive definition.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode;

/// <summary>An <c>extend ...</c> definition.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, IHasDirectives
{
    StringValueNode? Description { get; }
    NameNode Name { get; }
}

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, IHasDirectives
{
    NameNode Name { get; }
}

/// <summary>An object or interface definition or extension: it has fields and implemented interfaces.</summary>
public interface IComplexTypeDefinitionNode : IHasDirectives
{
    NameNode Name { get; }
    IReadOnlyList<NamedTypeNode> Interfaces { get; }
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public interface ISelectionNode : IHasDirectives;

/// <summary>A value literal; <see cref="VariableNode"/> is one too.</summary>
public interface IValueNode : ISyntaxNode;

/// <summary>A type reference: named, list or non-null.</summary>
public interface ITypeNode : ISyntaxNode;
