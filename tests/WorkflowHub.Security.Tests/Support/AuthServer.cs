using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WorkflowHub.Persistence;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Security.Tests.Support;

/// <summary>
/// The real server with real sign-in over HTTP, on a fresh database (<see cref="TestDatabase"/>), with a manual clock. The
/// first admin's password is configured (<see cref="AdminPassword"/>) unless a test asks for a random one; another server
/// may share the database (pass it the first one's <see cref="Database"/>).
/// </summary>
public sealed class AuthServer : IAsyncDisposable
{
    public const string AdminPassword = "correct horse battery staple";
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _ownsDatabase;

    public AuthServer(bool randomAdminPassword = false, TestDatabase? database = null, ManualClock? clock = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _ownsDatabase = database is null;
        Folder = Directory.CreateTempSubdirectory("workflowhub-auth-").FullName;
        Database = database ?? TestDatabase.Create(Folder);
        Clock = clock ?? new ManualClock();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSettings(Database.Settings)
                .UseSetting("WorkflowHub:WorkflowsFolder", Workflows.Folder)
                .UseSetting("WorkflowHub:Timers:Enabled", "false")
                .ConfigureLogging(l => l.ClearProviders().AddProvider(Logs))
                .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
            if (!randomAdminPassword) b.UseSetting("WorkflowHub:Auth:AdminPassword", AdminPassword);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) b.UseSetting(key, value);
        });
    }

    public string Folder { get; }
    public TestDatabase Database { get; }
    public ManualClock Clock { get; }
    public CapturedLogs Logs { get; } = new();
    public IServiceProvider Services => _factory.Services;

    public HttpClient Client(string? bearer = null, string? apiKey = null, bool handleCookies = false, bool https = false)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = handleCookies, BaseAddress = new Uri(https ? "https://localhost" : "http://localhost") });
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public async Task<JsonObject> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonObject> GraphQLAsync(string query, object? variables = null, string? bearer = null, string? apiKey = null)
    {
        using var client = Client(bearer, apiKey);
        return await PostAsync(client, query, variables);
    }

    public async Task<JsonObject> LoginResultAsync(string userName, string password, string? totp = null) =>
        await GraphQLAsync("mutation($u: String!, $p: String!, $t: String) { login(userName: $u, password: $p, totp: $t) { token expiresAt } }",
            new { u = userName, p = password, t = totp });

    /// <summary>Signs in and returns the bearer token; fails the test when refused.</summary>
    public async Task<string> LoginAsync(string userName = "admin", string password = AdminPassword, string? totp = null)
    {
        var result = await LoginResultAsync(userName, password, totp);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!["login"]!["token"]!.GetValue<string>();
    }

    /// <summary>As the admin: a person with these roles at the unit and an account for them; returns their token.</summary>
    public async Task<string> StaffAsync(string personId, string password, params string[] roles)
    {
        var admin = await LoginAsync();
        await QueryAsync(async db =>
        {
            db.Add(new Governance.People.Person { Id = personId, Name = personId, CreatedAt = Clock.GetUtcNow() });
            foreach (var role in roles)
                db.Add(new Governance.People.RoleAssignment { Id = Guid.NewGuid(), PersonId = personId, Role = role, OrgUnitId = "*" });
            return await db.SaveChangesAsync();
        });
        var created = await GraphQLAsync("mutation($u: String!, $p: String!, $id: String!) { createAccount(userName: $u, password: $p, personId: $id) { id } }",
            new { u = personId, p = password, id = personId }, admin);
        Assert.True(created["errors"] is null, created.ToJsonString());
        return await LoginAsync(personId, password);
    }

    public static string? Code(JsonObject result) => result["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public async Task<T> QueryAsync<T>(Func<WorkflowHubDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase) await Database.DisposeAsync();
        else Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
