using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>.</summary>
public sealed class ExecutorOptions
{
    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> fails with <see cref="ErrorCodes.IntrospectionNotAllowed"/>; <c>__typename</c> stays allowed.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Field errors kept per response; once reached, execution stops with one more error saying so.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Extra checks run after validation, in order.</summary>
    public IList<IDocumentRule> DocumentRules { get; set; } = new List<IDocumentRule>();

    /// <summary>Parsed and validated documents kept, by document text (least recently used evicted first).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// Longest time one query or mutation (or one subscription event) may run, 30 seconds by default; null means
    /// no limit. When it passes, resolvers' <c>RequestAborted</c> is cancelled and the result is the single error
    /// code <see cref="ErrorCodes.ExecutionTimeout"/>.
    /// </summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When false (the default) an exception that is not a <see cref="GraphQLException"/> becomes the field error
    /// <c>Unexpected Execution Error</c> with code <see cref="ErrorCodes.UnexpectedExecutionError"/>, so internals
    /// do not leak; when true its message is used instead.
    /// </summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Validation settings (error limit, hiding suggestions, rule set); null means every specified rule.</summary>
    public Validation.ValidationOptions? ValidationOptions { get; set; }

    /// <summary>
    /// Documents whose brackets nest deeper than this are refused before parsing (a syntax error), so that
    /// parsing, validation and execution never run out of stack; 0 turns the check off.
    /// </summary>
    public int MaxNestingDepth { get; set; } = 512;

    /// <summary>Parser limits (e.g. the token limit) applied to request documents.</summary>
    public ParserOptions ParserOptions { get; set; } = ParserOptions.Default;

    /// <summary>
    /// Creates the per-request batch dispatcher when the request's services do not provide an
    /// <see cref="IBatchDispatcher"/>; null means DataLoaders are dispatched only when services provide one.
    /// </summary>
    public Func<RequestContext, IBatchDispatcher>? BatchDispatcherFactory { get; set; }
}
