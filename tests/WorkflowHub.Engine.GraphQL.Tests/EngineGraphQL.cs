using System.Data.Common;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.GraphQL.Tests;

/// <summary>The engine's schema over a real SQLite file, executed as the server executes it, one DI scope per request.</summary>
public sealed class EngineGraphQL : IAsyncDisposable
{
    private readonly IRequestExecutor _executor;

    private EngineGraphQL(EngineFixture engine, StatementCounter statements)
    {
        Statements = statements;
        Engine = engine;
        _executor = new RequestExecutor(SchemaBuilder.New().AddWorkflowEngineTypes().Create(), new ExecutorOptions { IncludeExceptionDetails = true });
    }

    public EngineFixture Engine { get; }

    public StatementCounter Statements { get; } = new();

    public static async Task<EngineGraphQL> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var statements = new StatementCounter();
        var engine = await EngineFixture.CreateAsync(services =>
        {
            services.AddWorkflowEngineGraphQL()
                .ConfigureDbContext<WorkflowHub.Persistence.WorkflowHubDbContext>(o => o.AddInterceptors(statements));
            configure?.Invoke(services);
        });
        return new EngineGraphQL(engine, statements);
    }

    public const string TwoStepFlow = """
        {
          "definitionId": "two-steps", "name": "Two steps",
          "variables": [ { "name": "title", "type": "string" } ],
          "inputs": [ { "name": "title", "type": "string" } ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "sign", "type": "HumanTask", "properties": { "title": "=variables.title", "assigneeRole": "grid-worker", "outcomes": ["SignedFor"], "deadline": "PT2H" } },
            { "id": "done", "type": "End" }
          ],
          "connections": [ { "from": "start", "to": "sign" }, { "from": "sign", "outcome": "SignedFor", "to": "done" }, { "from": "sign", "outcome": "Overdue", "to": "done" } ]
        }
        """;

    /// <summary>A signed-in workflow admin, who may do everything the engine's schema offers.</summary>
    public static readonly ClaimsPrincipal Admin = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "admin"), new Claim(ClaimTypes.Role, EngineRoles.WorkflowAdmin)], "Test"));

    /// <summary>Runs a request as <paramref name="user"/> (the workflow admin unless told otherwise).</summary>
    public async Task<JsonObject> RunAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        await using var scope = Engine.Services.CreateAsyncScope();
        var vars = variables is null ? null : (IReadOnlyDictionary<string, object?>?)PlainJson.FromElement(System.Text.Json.JsonSerializer.SerializeToElement(variables));
        var prepared = _executor.Prepare(new GraphQLRequest(query, Variables: vars));
        var result = (ExecutionResult)await _executor.ExecuteAsync(prepared, new RequestContext { Services = scope.ServiceProvider, User = user ?? Admin });
        return JsonNode.Parse(ResultJson.ToUtf8(result))!.AsObject();
    }

    public async Task<ResponseStream> SubscribeAsync(string query, IServiceScope scope)
    {
        var prepared = _executor.Prepare(new GraphQLRequest(query));
        return (ResponseStream)await _executor.ExecuteAsync(prepared, new RequestContext { Services = scope.ServiceProvider });
    }

    public ValueTask DisposeAsync() => Engine.DisposeAsync();
}

/// <summary>Counts the SQL statements sent to the database (an EF Core interceptor on the engine's DbContext).</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
