using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;
using static WorkflowHub.Security.Tests.Authorization.AccessMatrix;

namespace WorkflowHub.Security.Tests.Authorization;

/// <summary>
/// Every caller × every query, mutation and subscription of the served schema, over real HTTP with real sign-in, against
/// <see cref="AccessMatrix"/>. Each caller holds their role everywhere, so the answer depends on the role alone.
/// </summary>
public sealed class AccessMatrixTests : IAsyncLifetime
{
    private static readonly TimeSpan SubscriptionPatience = TimeSpan.FromSeconds(1.5);
    private readonly AuthServer _server = new();
    private readonly Dictionary<string, string?> _tokens = [];
    private Grid _grid = null!;
    private Grid.Submitted _request = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
        _request = await _grid.SubmitAsync("g1");
        _tokens[Anonymous] = null;
        _tokens[Resident] = await _grid.ResidentAsync(_request);
        foreach (var role in Callers.Where(c => c is not Anonymous and not Resident))
            _tokens[role] = await _grid.StaffAsync("as-" + role, role + "@*");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<SchemaDocuments> DocumentsAsync()
    {
        var introspection = await _server.GraphQLAsync(SchemaDocuments.IntrospectionQuery, bearer: await _server.LoginAsync());
        var schema = introspection["data"]!["__schema"]!.AsObject();
        return new SchemaDocuments(schema, new Dictionary<string, string>
        {
            ["serviceRequest"] = $"id: \"{_request.Id}\"",
            ["serviceRequestByTrackingCode"] = $"code: \"{_request.TrackingCode}\"",
            ["serviceRequestUpdated"] = $"id: \"{_request.Id}\"",
            ["workflowInstanceUpdated"] = $"id: \"{_request.InstanceId}\"",
            ["workflowInstance"] = $"id: \"{_request.InstanceId}\"",
            ["taskAssigned"] = "orgUnitId: \"g1\"",
            ["metrics"] = "orgUnitId: \"d1\", from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\"",
            ["exportServiceRequests"] = "format: CSV",
        });
    }

    [Fact]
    public async Task Should_give_every_field_of_the_served_schema_a_rule_in_the_matrix()
    {
        var fields = (await DocumentsAsync()).RootFields().Select(f => f.Key).ToList();

        var missing = fields.Where(f => !Allowed.ContainsKey(f)).Select(f => $"field {f} has no rule in the matrix").ToList();
        var stale = Allowed.Keys.Where(k => !fields.Contains(k)).Select(k => $"the matrix lists {k}, which the schema does not serve").ToList();

        Assert.True(missing.Count + stale.Count == 0, string.Join("\n", missing.Concat(stale)));
    }

    [Fact]
    public async Task Should_allow_and_deny_every_root_field_to_every_role_as_the_matrix_says_and_write_nothing_when_denied()
    {
        var fields = (await DocumentsAsync()).RootFields().Where(f => Allowed.ContainsKey(f.Key)).ToList();
        var calls = (from field in fields from caller in Callers select (field, caller, allowed: Allowed[field.Key].Contains(caller))).ToList();
        var wrong = new List<string>();

        // Refusals first: they must come before any write, so no table changes while they run.
        var before = await RowCountsAsync();
        foreach (var (field, caller, _) in calls.Where(c => !c.allowed))
        {
            var (denied, answer) = await CallAsync(field, caller);
            if (!denied) wrong.Add($"{caller} should be refused {field.Key}: {answer}");
            if (caller == Anonymous && denied && !answer.Contains("AUTH_NOT_AUTHENTICATED")) wrong.Add($"anonymous {field.Key} should be AUTH_NOT_AUTHENTICATED: {answer}");
        }
        var after = await RowCountsAsync();
        var written = before.Where(t => after[t.Key] != t.Value).Select(t => $"{t.Key}: {t.Value} → {after[t.Key]}").ToList();

        // Sign-outs last: they end the caller's token.
        foreach (var (field, caller, _) in calls.Where(c => c.allowed).OrderBy(c => c.field.Name == "logout"))
        {
            var (denied, answer) = await CallAsync(field, caller);
            if (denied) wrong.Add($"{caller} should be allowed {field.Key}: {answer}");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {calls.Count} calls answered against the matrix:\n" + string.Join("\n", wrong));
        Assert.True(written.Count == 0, "Refused calls changed tables: " + string.Join(", ", written));
    }

    [Fact]
    public async Task Should_show_each_role_the_reporter_in_full_masked_or_not_at_all_as_the_matrix_says()
    {
        var wrong = new List<string>();
        foreach (var caller in Callers)
        {
            var result = await _server.GraphQLAsync("query($id: UUID!) { serviceRequest(id: $id) { reporter { name phone visibility } } }", new { id = _request.Id }, _tokens[caller]);
            var reporter = result["data"]?["serviceRequest"]?["reporter"];
            var seen = reporter is null ? "DENIED" : reporter["visibility"]!.GetValue<string>();
            if (seen != Reporter[caller]) wrong.Add($"{caller}: {seen} instead of {Reporter[caller]} ({result.ToJsonString()})");
            if (seen == "MASKED" && (reporter!["phone"]!.GetValue<string>() != "138****5678" || reporter["name"]!.GetValue<string>() != "张*"))
                wrong.Add($"{caller}: masked as {reporter.ToJsonString()}");
            if (seen == "FULL" && reporter!["phone"]!.GetValue<string>() != Grid.ReporterPhone) wrong.Add($"{caller}: full view without the phone");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private async Task<(bool Denied, string Answer)> CallAsync(SchemaDocuments.RootField field, string caller)
    {
        var token = _tokens[caller];
        var answer = field.Operation == "subscription"
            ? await _grid.SubscribeAsync(field.Document, null, token, SubscriptionPatience)
            : await _grid.RawAsync(field.Document, null, token);
        return (RefusedAt(answer, field.Name), answer.Length > 400 ? answer[..400] : answer);
    }

    /// <summary>An error coded AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED at the field itself (not a nested one).</summary>
    private static bool RefusedAt(string answer, string field)
    {
        foreach (var line in answer.Split('\n'))
        {
            var json = line.StartsWith("data: ", StringComparison.Ordinal) ? line[6..] : line;
            if (!json.TrimStart().StartsWith('{')) continue;
            JsonNode? body;
            try { body = JsonNode.Parse(json); } catch (System.Text.Json.JsonException) { continue; }
            if (body?["errors"] is JsonArray errors && errors.Any(e =>
                    e?["extensions"]?["code"]?.GetValue<string>() is "AUTH_NOT_AUTHENTICATED" or "AUTH_NOT_AUTHORIZED"
                    && (e["path"] is not JsonArray path || (path.Count == 1 && path[0]!.GetValue<string>() == field))))
                return true;
        }
        return false;
    }

    private Task<Dictionary<string, long>> RowCountsAsync() => _server.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // The audit log grows with reads and the accounts' sign-in counters with sign-ins; neither is a refused call's write.
            list.CommandText = db.Database.IsNpgsql()
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('security_audit_log', 'security_accounts')"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('security_audit_log', 'security_accounts') AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    });
}
