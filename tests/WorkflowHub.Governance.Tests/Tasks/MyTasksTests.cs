using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.People;
using WorkflowHub.Governance.Tests.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using static WorkflowHub.Governance.Tests.Support.DemoTree;

namespace WorkflowHub.Governance.Tests.Tasks;

/// <summary>Whose task list shows what: grid workers their grids', officers everything under their unit.</summary>
public sealed class MyTasksTests : IAsyncLifetime
{
    private const string Street2 = "s2", Community2 = "c2", Grid3 = "g3", Worker3 = "worker-3";
    private const string StreetOfficer = "officer-s1", DistrictOfficer = "officer-d1";
    private readonly GovernanceServer _server = new();
    private RequestDriver _app = null!;

    public async Task InitializeAsync()
    {
        await SeedAsync(_server);
        await SecondStreetAndOfficersAsync();
        _app = new RequestDriver(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_show_a_grid_worker_only_their_grids_tasks_and_an_officer_every_task_under_their_unit()
    {
        var inGrid1 = await SubmitAsync("Leaking roof", Grid1);
        var inGrid2 = await SubmitAsync("Broken bench", Grid2);
        var toDispatch = await SubmitAsync("Noise at night", Community); // two grids there and no location: a dispatcher chooses
        var inGrid3 = await SubmitAsync("Blocked drain", Grid3);

        Assert.Equal([inGrid1], await MyTasksAsync(Worker1));
        Assert.Equal([inGrid2], await MyTasksAsync(Worker2));
        Assert.Equal([inGrid3], await MyTasksAsync(Worker3));
        Assert.Equal([toDispatch], await MyTasksAsync(Dispatcher));
        Assert.Equal([inGrid1, inGrid2, toDispatch], await MyTasksAsync(CommunityAdmin));
        Assert.Equal([inGrid1, inGrid2, toDispatch], await MyTasksAsync(StreetOfficer));
        Assert.Equal([inGrid1, inGrid2, toDispatch, inGrid3], await MyTasksAsync(DistrictOfficer));
        Assert.Empty(await MyTasksAsync(null));
    }

    [Fact]
    public async Task Should_keep_a_claimed_task_on_the_claimants_and_the_officers_lists_only()
    {
        var request = await SubmitAsync("Leaking roof", Grid1);
        await _server.DataAsync("mutation { assignRole(personId: \"worker-2\", role: \"grid-worker\", orgUnitId: \"g1\") { id } }");
        Assert.Equal([request], await MyTasksAsync(Worker2));

        var task = await _app.MyTaskAsync(Worker1, request, "signFor");
        await _server.DataAsync("mutation($id: UUID!) { claimTask(taskId: $id, claimant: \"worker-1\") { id } }", new { id = task["id"]!.GetValue<string>() }, Worker1);

        Assert.Equal([request], await MyTasksAsync(Worker1));
        Assert.Empty(await MyTasksAsync(Worker2));
        Assert.Equal([request], await MyTasksAsync(CommunityAdmin));
    }

    /// <summary>The instance ids of the person's open tasks, in the order myTasks pages them.</summary>
    private async Task<List<string>> MyTasksAsync(string? person)
    {
        var page = (await _server.DataAsync("{ myTasks(first: 50, order: [{ createdAt: ASC }]) { totalCount nodes { instanceId orgUnitId } } }", person: person))["myTasks"]!;
        var ids = page["nodes"]!.AsArray().Select(n => n!["instanceId"]!.GetValue<string>()).ToList();
        Assert.Equal(ids.Count, page["totalCount"]!.GetValue<int>());
        return ids;
    }

    private async Task<string> SubmitAsync(string title, string orgUnitId)
    {
        var submitted = await _app.SubmitAsync(new { title, category = "general", channel = "APP", orgUnitId, reporter = new { name = "居民 Resident", phone = "13600003333" } });
        await _server.AdvanceAsync(TimeSpan.FromSeconds(1)); // distinct creation times keep the expected order exact
        return submitted["serviceRequest"]!["instanceId"]!.GetValue<string>();
    }

    private Task SecondStreetAndOfficersAsync() => _server.QueryAsync(async db =>
    {
        var now = _server.Clock.GetUtcNow();
        db.AddRange(
            new OrgUnit { Id = Street2, ParentId = District, Kind = OrgUnitKind.Street, Name = "Street 2", Path = "/d1/s2/", Depth = 1, CreatedAt = now, UpdatedAt = now },
            new OrgUnit { Id = Community2, ParentId = Street2, Kind = OrgUnitKind.Community, Name = "Community 2", Path = "/d1/s2/c2/", Depth = 2, CreatedAt = now, UpdatedAt = now },
            new OrgUnit { Id = Grid3, ParentId = Community2, Kind = OrgUnitKind.Grid, Name = "Grid 3", Path = "/d1/s2/c2/g3/", Depth = 3, CreatedAt = now, UpdatedAt = now });
        foreach (var (person, role, unit) in new[] { (Worker3, Roles.GridWorker, Grid3), (StreetOfficer, Roles.StreetOfficer, Street), (DistrictOfficer, Roles.DistrictOfficer, District) })
        {
            db.Add(new Person { Id = person, Name = person, OrgUnitId = unit, CreatedAt = now });
            db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = person, Role = role, OrgUnitId = unit });
        }
        return await db.SaveChangesAsync();
    });
}
