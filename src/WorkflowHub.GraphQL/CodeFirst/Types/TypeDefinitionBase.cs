namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Base of the code-first type classes: each produces one definition when the schema is built.</summary>
public abstract class TypeDefinitionBase
{
    internal abstract NamedTypeDefinition CreateDefinition();
}
