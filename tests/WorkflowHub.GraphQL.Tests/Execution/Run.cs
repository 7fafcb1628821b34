using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

/// <summary>Helpers: execute a document and look at the response as JSON.</summary>
internal static class Run
{
    public static Schema Sdl(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        configure?.Invoke(builder);
        return builder.Create();
    }

    public static async Task<ExecutionResult> Execute(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        string? operationName = null,
        ExecutorOptions? options = null,
        RequestContext? context = null)
    {
        var executor = new RequestExecutor(schema, options);
        var prepared = executor.Prepare(new GraphQLRequest(query, operationName, variables));
        context ??= new RequestContext { RootValue = root };
        if (root is not null && context.RootValue is null)
        {
            context = new RequestContext
            {
                RootValue = root,
                Services = context.Services,
                ContextData = context.ContextData,
                RequestAborted = context.RequestAborted,
            };
        }

        var outcome = await executor.ExecuteAsync(prepared, context);
        return Assert.IsType<ExecutionResult>(outcome);
    }

    public static async Task<string> Json(
        Schema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? root = null,
        string? operationName = null,
        ExecutorOptions? options = null,
        RequestContext? context = null) =>
        ResultJson.ToJson(await Execute(schema, query, variables, root, operationName, options, context));

    /// <summary>Variables from a JSON object text.</summary>
    public static IReadOnlyDictionary<string, object?> Vars(string json) => (IReadOnlyDictionary<string, object?>)PlainJson.Parse(json)!;

    /// <summary>Writes JSON with single quotes (readable in C# strings) as real JSON.</summary>
    public static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
