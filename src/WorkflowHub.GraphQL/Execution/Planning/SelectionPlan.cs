namespace WorkflowHub.GraphQL.Execution.Planning;

/// <summary>The fields of one selection set on one object type after collection: response keys and field plans in order.</summary>
internal sealed class SelectionPlan(string[] keys, FieldPlan[] fields)
{
    public static readonly SelectionPlan Empty = new([], []);

    /// <summary>Shared by every result object of this selection.</summary>
    public string[] Keys { get; } = keys;

    public FieldPlan[] Fields { get; } = fields;
}
