namespace WorkflowHub.GraphQL.Language;

/// <summary>The kind of an operation.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>Keyword spelling of <see cref="OperationType"/>.</summary>
public static class OperationTypeExtensions
{
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
