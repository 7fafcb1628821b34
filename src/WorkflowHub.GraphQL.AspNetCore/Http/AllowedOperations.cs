namespace WorkflowHub.GraphQL.AspNetCore.Http;

[Flags]
internal enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    QueryAndMutation = Query | Mutation,
    All = Query | Mutation | Subscription,
}
