using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.PersonalData;

/// <summary>Who sees the reporter in full, masked or not at all; every full view and every export in the append-only audit log.</summary>
public sealed class ReporterDisclosureTests : IAsyncLifetime
{
    private const string ReporterQuery = "query($id: UUID!) { serviceRequest(id: $id) { reporter { name phone address doNotDisclose visibility withheldReason } } }";
    private readonly AuthServer _server = new();
    private Grid _grid = null!;

    public async Task InitializeAsync()
    {
        _grid = new Grid(_server);
        await _grid.SeedAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<System.Text.Json.Nodes.JsonNode> ReporterAsync(string id, string token)
    {
        var result = await _server.GraphQLAsync(ReporterQuery, new { id }, token);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!["serviceRequest"]!["reporter"]!;
    }

    [Fact]
    public async Task Should_show_the_reporter_in_full_to_the_handling_grid_the_street_officer_and_the_owner_and_masked_to_an_auditor()
    {
        var request = await _grid.SubmitAsync("g1");
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");
        var owner = await _grid.ResidentAsync(request);

        foreach (var token in new[] { worker, officer, owner })
        {
            var full = await ReporterAsync(request.Id, token);
            Assert.Equal(("FULL", Grid.ReporterName, Grid.ReporterPhone, Grid.ReporterAddress),
                (full["visibility"]!.GetValue<string>(), full["name"]!.GetValue<string>(), full["phone"]!.GetValue<string>(), full["address"]!.GetValue<string>()));
        }
        var masked = await ReporterAsync(request.Id, auditor);

        Assert.Equal(("张*", "138****5678", null, "MASKED", null),
            (masked["name"]!.GetValue<string>(), masked["phone"]!.GetValue<string>(), masked["address"], masked["visibility"]!.GetValue<string>(), masked["withheldReason"]));
    }

    [Fact]
    public async Task Should_record_each_full_view_with_who_what_and_why_and_let_only_auditors_read_the_log()
    {
        var request = await _grid.SubmitAsync("g1");
        var worker = await _grid.StaffAsync("worker-g1", "grid-worker@g1");
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");
        await ReporterAsync(request.Id, worker);
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        await ReporterAsync(request.Id, officer);
        await ReporterAsync(request.Id, auditor); // masked: not personal data, not logged

        const string log = """
            query($id: String!) { auditLog(where: { entityId: { eq: $id } }, order: [{ at: ASC }]) { totalCount nodes { action actorPersonId entity entityId fields reason at } } }
            """;
        var entries = await _server.GraphQLAsync(log, new { id = request.Id }, auditor);
        var refused = await _server.GraphQLAsync(log, new { id = request.Id }, officer);

        Assert.True(entries["errors"] is null, entries.ToJsonString());
        var nodes = entries["data"]!["auditLog"]!["nodes"]!.AsArray();
        Assert.Equal(["worker-g1", "officer-s1"], nodes.Select(n => n!["actorPersonId"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal(("READ_PERSONAL_DATA", "ServiceRequest", "reporter.name,reporter.phone,reporter.address"),
            (n!["action"]!.GetValue<string>(), n["entity"]!.GetValue<string>(), n["fields"]!.GetValue<string>())));
        Assert.Equal(["grid-worker of the handling unit g1", "street-officer over /d1/s1/"], nodes.Select(n => n!["reason"]!.GetValue<string>()));
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(refused));
    }

    [Fact]
    public async Task Should_refuse_to_change_or_delete_audit_entries_even_in_sql_and_offer_no_mutation_for_them()
    {
        var request = await _grid.SubmitAsync("g1");
        await ReporterAsync(request.Id, await _grid.StaffAsync("worker-g1", "grid-worker@g1"));

        // Either provider's own error (SQLite's or PostgreSQL's): the triggers refuse the statement in the database itself.
        var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _server.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE security_audit_log SET \"Reason\" = 'nothing to see'")));
        var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _server.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM security_audit_log")));
        var mutations = await _server.GraphQLAsync("{ __type(name: \"Mutation\") { fields { name } } }", bearer: await _server.LoginAsync());

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(1, await _server.QueryAsync(db => db.Set<Audit.AuditEntry>().CountAsync(e => e.Reason != "nothing to see")));
        Assert.DoesNotContain(mutations["data"]!["__type"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>().Contains("audit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_export_masked_for_an_auditor_in_full_for_a_street_officer_and_audit_both()
    {
        var request = await _grid.SubmitAsync("g1");
        await _grid.SubmitAsync("g3");
        var officer = await _grid.StaffAsync("officer-s1", "street-officer@s1");
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");
        const string export = "mutation($f: ExportFormat!) { exportServiceRequests(format: $f) { format count content } }";

        var masked = await _server.GraphQLAsync(export, new { f = "CSV" }, auditor);
        var full = await _server.GraphQLAsync(export, new { f = "JSON" }, officer);

        var csv = masked["data"]!["exportServiceRequests"]!;
        Assert.Equal(2, csv["count"]!.GetValue<int>());
        Assert.Contains("138****5678", csv["content"]!.GetValue<string>());
        Assert.DoesNotContain(Grid.ReporterPhone, csv["content"]!.GetValue<string>());
        Assert.StartsWith("trackingCode,title,category,status", csv["content"]!.GetValue<string>());
        var json = full["data"]!["exportServiceRequests"]!;
        Assert.Equal(1, json["count"]!.GetValue<int>()); // the street's only
        Assert.Contains(Grid.ReporterPhone, json["content"]!.GetValue<string>());

        var exports = await _server.QueryAsync(db => db.Set<Audit.AuditEntry>().Where(e => e.Action == "EXPORT").OrderBy(e => e.At).Select(e => e.ActorPersonId).ToListAsync());
        var reads = await _server.QueryAsync(db => db.Set<Audit.AuditEntry>().Where(e => e.Action == "READ_PERSONAL_DATA").Select(e => e.ActorPersonId + " " + e.EntityId).ToListAsync());
        Assert.Equal(["auditor-d1", "officer-s1"], exports);
        Assert.Equal(["officer-s1 " + request.Id], reads);
    }

    [Fact]
    public async Task Should_offer_no_filter_or_order_on_the_reporter()
    {
        var admin = await _server.LoginAsync();
        var auditor = await _grid.StaffAsync("auditor-d1", "auditor@d1");
        var inputs = await _server.GraphQLAsync("""
            { filter: __type(name: "ServiceRequestFilterInput") { inputFields { name } } sort: __type(name: "ServiceRequestSortInput") { inputFields { name } } }
            """, bearer: admin);
        var probe = await _grid.RawAsync("{ serviceRequests(where: { reporterPhone: { contains: \"138\" } }) { totalCount } }", token: auditor);

        var names = inputs["data"]!["filter"]!["inputFields"]!.AsArray().Concat(inputs["data"]!["sort"]!["inputFields"]!.AsArray()).Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => n.Contains("reporter", StringComparison.OrdinalIgnoreCase) || n.Contains("phone", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", probe);
        Assert.DoesNotContain("totalCount\":", probe);
    }
}
