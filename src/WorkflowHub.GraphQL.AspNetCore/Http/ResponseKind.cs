namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>What a request's <c>Accept</c> header asks for, best first.</summary>
internal enum ResponseKind
{
    /// <summary>Nothing this endpoint can produce: 406.</summary>
    None,
    GraphQLResponseJson,
    Json,
    EventStream,
    Html,
}
