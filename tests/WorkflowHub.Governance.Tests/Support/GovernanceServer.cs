using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Governance.Tests.Support;

/// <summary>
/// The real server over real HTTP on a fresh database (<see cref="TestDatabase"/>: SQLite, or PostgreSQL when asked), with a manual clock: Quartz is switched off and
/// <see cref="AdvanceAsync"/> fires what came due, so a test runs days of deadlines in milliseconds.
/// Requests say who sends them with the <c>X-Test-Person</c> header (a stand-in for sign-in); that person's role
/// assignments are their roles, as for a real sign-in.
/// </summary>
public sealed class GovernanceServer : IAsyncDisposable
{
    public const string PersonHeader = "X-Test-Person";
    /// <summary>The person of the first admin the server creates at start: workflow-admin everywhere, so it may edit and publish definitions.</summary>
    public const string Admin = "admin";
    /// <summary>
    /// Who sends a request when a test names nobody: a workflow admin, auditor, dispatcher and community admin everywhere,
    /// so stories reach every list and step; an auditor and community admin see reporters masked.
    /// </summary>
    public const string Operator = "operator";
    public static readonly string[] OperatorRoles = ["workflow-admin", "auditor", "dispatcher", "community-admin"];
    private readonly SemaphoreSlim _operatorGate = new(1, 1);
    private bool _operatorSeeded;
    private readonly string _folder = Directory.CreateTempSubdirectory("workflowhub-governance-").FullName;
    private readonly WebApplicationFactory<Program> _factory;
    private readonly TestDatabase _database;

    /// <param name="kestrel">Listen on a real loopback port (for WebSocket clients) instead of the in-memory test host.</param>
    public GovernanceServer(Action<IServiceCollection>? configure = null, ManualClock? clock = null, bool kestrel = false)
    {
        Clock = clock ?? new ManualClock();
        _database = TestDatabase.Create(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSettings(_database.Settings)
            .UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
            .UseSetting("WorkflowHub:Timers:Enabled", "false")
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddAuthentication(TestAuthentication.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthentication>(TestAuthentication.SchemeName, null);
                configure?.Invoke(services);
            }));
        if (kestrel)
        {
            _factory.UseKestrel(0);
            _factory.StartServer();
        }
    }

    public ManualClock Clock { get; }
    public IServiceProvider Services => _factory.Services;
    public WorkflowRuntime Runtime => Services.GetRequiredService<WorkflowRuntime>();

    /// <summary>The server's address: a real loopback port when started with Kestrel.</summary>
    public Uri BaseAddress
    {
        get
        {
            using var client = _factory.CreateClient();
            return client.BaseAddress!;
        }
    }

    public HttpClient Client(string? person = null)
    {
        var client = _factory.CreateClient();
        if (person is not null) client.DefaultRequestHeaders.Add(PersonHeader, person);
        return client;
    }

    /// <summary>The <see cref="Operator"/> person and roles, once per server.</summary>
    public async Task EnsureOperatorAsync()
    {
        await _operatorGate.WaitAsync();
        try
        {
            if (_operatorSeeded) return;
            await QueryAsync(async db =>
            {
                db.Add(new Governance.People.Person { Id = Operator, Name = "Operator", CreatedAt = Clock.GetUtcNow() });
                foreach (var role in OperatorRoles)
                    db.Add(new Governance.People.RoleAssignment { Id = Guid.NewGuid(), PersonId = Operator, Role = role, OrgUnitId = "*" });
                return await db.SaveChangesAsync();
            });
            _operatorSeeded = true;
        }
        finally { _operatorGate.Release(); }
    }

    /// <summary>Posts a GraphQL request and returns the whole response body; fails on anything but 200. Without a person, as the <see cref="Operator"/>.</summary>
    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null, string? person = null)
    {
        if (person is null) await EnsureOperatorAsync();
        using var client = Client(person ?? Operator);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>Posts a GraphQL request that must succeed and returns its data.</summary>
    public async Task<JsonObject> DataAsync(string query, object? variables = null, string? person = null)
    {
        var result = await GraphQLAsync(query, variables, person);
        Assert.True(result["errors"] is null, "Unexpected errors: " + result["errors"]?.ToJsonString());
        return result["data"]!.AsObject();
    }

    /// <summary>Moves the clock and fires every timer that came due, as Quartz would, until none is left.</summary>
    public async Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        var fired = 0;
        for (int batch; (batch = await Runtime.FireDueTimersAsync()) > 0;) fired += batch;
        return fired;
    }

    public async Task<T> QueryAsync<T>(Func<WorkflowHubDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class TestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Test";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(PersonHeader, out var person) || string.IsNullOrEmpty(person))
                return Task.FromResult(AuthenticateResult.NoResult());
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, person!), new Claim(ClaimTypes.Name, person!)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
