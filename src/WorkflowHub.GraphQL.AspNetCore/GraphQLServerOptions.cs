namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>Transport settings of a GraphQL endpoint (HotChocolate's <c>GraphQLServerOptions</c> counterpart).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Queries over GET with <c>?query=</c> (mutations over GET are always refused with 405).</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>JSON array bodies executed one after another, answered with an array of results.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>Requests in one batch at most.</summary>
    public int MaxBatchSize { get; set; } = 16;

    /// <summary><c>GET /graphql?sdl</c> answers with the schema in SDL.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>The GraphiQL page for a browser asking for <c>text/html</c>.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>The <c>graphql-transport-ws</c> WebSocket protocol on the endpoint.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>GraphQL over Server-Sent Events (distinct connections mode) for requests accepting <c>text/event-stream</c>.</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>Request bodies larger than this are refused with 413 before they are read whole.</summary>
    public long MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long a socket may stay open without <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Interval of SSE keep-alive comments (zero disables them).</summary>
    public TimeSpan ServerSentEventsKeepAlive { get; set; } = TimeSpan.FromSeconds(12);
}
