using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;

namespace WorkflowHub.Security.Tests.Support;

/// <summary>
/// A district for the authorization tests: d1 → s1 → c1 → g1, g2 and d1 → s2 → c2 → g3, with the water department under d1;
/// staff signed in for real with roles at those units, residents' requests submitted and signed in for over GraphQL.
/// </summary>
internal sealed class Grid(AuthServer server)
{
    public const string ReporterName = "张三", ReporterPhone = "13812345678", ReporterAddress = "和平里3号楼2单元501";
    public const string Password = "a long enough password";

    public AuthServer Server => server;

    public Task SeedAsync() => server.QueryAsync(async db =>
    {
        var now = server.Clock.GetUtcNow();
        var units = new Dictionary<string, OrgUnit>();
        void Unit(string id, string? parent, OrgUnitKind kind)
        {
            var p = parent is null ? null : units[parent];
            units[id] = new OrgUnit
            {
                Id = id, ParentId = parent, Kind = kind, Name = kind + " " + id, Path = OrgUnit.PathOf(p?.Path, id),
                Depth = p is null ? 0 : p.Depth + 1, CreatedAt = now, UpdatedAt = now,
            };
        }
        Unit("d1", null, OrgUnitKind.District);
        Unit("s1", "d1", OrgUnitKind.Street);
        Unit("c1", "s1", OrgUnitKind.Community);
        Unit("g1", "c1", OrgUnitKind.Grid);
        Unit("g2", "c1", OrgUnitKind.Grid);
        Unit("s2", "d1", OrgUnitKind.Street);
        Unit("c2", "s2", OrgUnitKind.Community);
        Unit("g3", "c2", OrgUnitKind.Grid);
        Unit("water", "d1", OrgUnitKind.Department);
        db.AddRange(units.Values);
        return await db.SaveChangesAsync();
    });

    /// <summary>A person holding these roles (role@unit, or role@* everywhere), with an account; their token.</summary>
    public async Task<string> StaffAsync(string personId, params string[] roles)
    {
        var admin = await server.LoginAsync();
        await server.QueryAsync(async db =>
        {
            db.Add(new Person { Id = personId, Name = personId, CreatedAt = server.Clock.GetUtcNow() });
            foreach (var role in roles)
            {
                var parts = role.Split('@');
                db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = personId, Role = parts[0], OrgUnitId = parts[1] });
            }
            return await db.SaveChangesAsync();
        });
        var created = await server.GraphQLAsync("mutation($u: String!, $p: String!) { createAccount(userName: $u, password: $p, personId: $u) { id } }",
            new { u = personId, p = Password }, admin);
        Assert.True(created["errors"] is null, created.ToJsonString());
        return await server.LoginAsync(personId, Password);
    }

    public sealed record Submitted(string Id, string TrackingCode, string InstanceId);

    /// <summary>A resident's request, submitted without signing in, as the app does.</summary>
    public async Task<Submitted> SubmitAsync(string unit, bool doNotDisclose = false, string title = "Noise from the flat above every night")
    {
        var result = await server.GraphQLAsync("""
            mutation($input: SubmitServiceRequestInput!) { submitServiceRequest(input: $input) { serviceRequest { id trackingCode instanceId } } }
            """, new
        {
            input = new
            {
                title, description = "After midnight, most nights.", category = "general", channel = "APP", orgUnitId = unit,
                reporter = new { name = ReporterName, phone = ReporterPhone, address = ReporterAddress, doNotDisclose },
            },
        });
        var request = result["data"]?["submitServiceRequest"]?["serviceRequest"] ?? throw new InvalidOperationException(result.ToJsonString());
        return new Submitted(request["id"]!.GetValue<string>(), request["trackingCode"]!.GetValue<string>(), request["instanceId"]!.GetValue<string>());
    }

    public async Task<string> ResidentAsync(Submitted request)
    {
        var result = await server.GraphQLAsync("mutation($c: String!, $p: String!) { residentLogin(trackingCode: $c, phone: $p) { token } }",
            new { c = request.TrackingCode, p = ReporterPhone });
        return result["data"]?["residentLogin"]?["token"]?.GetValue<string>() ?? throw new InvalidOperationException(result.ToJsonString());
    }

    /// <summary>The whole response text of a request (any status), for checks that nothing in it leaks.</summary>
    public async Task<string> RawAsync(string query, object? variables = null, string? token = null)
    {
        using var client = server.Client(token);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A subscription over Server-Sent Events: what the stream said until it completed or <paramref name="patience"/> ran out.</summary>
    public async Task<string> SubscribeAsync(string query, object? variables, string? token, TimeSpan patience)
    {
        using var client = server.Client(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var timeout = new CancellationTokenSource(patience);
        var text = new StringBuilder();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                text.AppendLine(line);
                if (line.StartsWith("event: complete", StringComparison.Ordinal) || line.Contains("\"data\"") || line.Contains("\"errors\"")) break;
            }
        }
        catch (Exception e) when (timeout.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            // Still open and silent when patience ran out: the subscription was accepted.
        }
        return text.ToString();
    }

    public static JsonNode? Data(JsonObject result, string field) => result["data"]?[field];
}
