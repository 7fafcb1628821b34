namespace WorkflowHub.GraphQL.Types;

/// <summary>Something with a name inside a type: a field, argument, input field or enum value.</summary>
public interface IHasName
{
    string Name { get; }
}
