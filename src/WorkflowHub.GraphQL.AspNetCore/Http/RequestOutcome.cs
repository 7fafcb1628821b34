using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

internal enum OutcomeKind
{
    /// <summary>Refused before execution (parse, validation, limits, persisted documents): no <c>data</c>.</summary>
    RequestError,

    /// <summary>The operation's type may not run over this transport (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>A query or mutation ran (its result may still lack <c>data</c>, e.g. on variable coercion errors).</summary>
    Result,

    /// <summary>A subscription's event stream.</summary>
    Stream,
}

internal readonly record struct RequestOutcome(OutcomeKind Kind, ExecutionResult? Result, ResponseStream? Stream, OperationType? Operation = null)
{
    public static RequestOutcome Error(ExecutionResult result) => new(OutcomeKind.RequestError, result, null);

    public static RequestOutcome Error(string message, string code) => new(OutcomeKind.RequestError, TransportErrors.Result(message, code), null);
}
