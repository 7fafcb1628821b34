using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Governance.Whistles;

namespace WorkflowHub.Governance.Tests.Whistles;

public sealed class AutomaticWhistleTests
{
    [Fact]
    public async Task Should_keep_the_service_request_escalation_level_in_step_with_an_automatic_whistle()
    {
        await using var server = new GovernanceServer();
        await SmallGrid.SeedAsync(server);
        var requestId = await InsertRequestAsync(server);

        await server.DataAsync("""
            mutation($input: JSON) { startWorkflow(definitionId: "escalation", input: $input) { instance { id } } }
            """, new { input = new { title = "Not signed for: sewage overflow", grade = "YELLOW", level = "GRID", orgUnitId = "g1", serviceRequestId = requestId.ToString(), automatic = true } });

        var request = await RequestAsync(server, requestId);
        Assert.Equal((EscalationLevel.Grid, true), (request.EscalationLevel, request.Overdue));
        var whistle = await server.QueryAsync(db => db.Set<Whistle>().AsNoTracking().SingleAsync());
        Assert.Equal((true, requestId), (whistle.Automatic, whistle.ServiceRequestId));

        await server.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(EscalationLevel.Community, (await RequestAsync(server, requestId)).EscalationLevel);
        await server.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(EscalationLevel.Street, (await RequestAsync(server, requestId)).EscalationLevel);

        var steps = await server.QueryAsync(db => db.Set<ServiceRequestStep>().AsNoTracking().Where(s => s.RequestId == requestId).OrderBy(s => s.At).ToListAsync());
        // The second upgrade and the notice come due at the same instant: their order between them is not defined.
        Assert.Equal(["whistled", "escalated"], steps.Take(2).Select(s => s.Step));
        Assert.Equal(["escalated", "noticed"], steps.Skip(2).Select(s => s.Step).Order());
        Assert.Equal(steps[2].At, steps[3].At);
        Assert.All(steps, s => Assert.True(s.Public));
    }

    private static Task<ServiceRequest> RequestAsync(GovernanceServer server, Guid id) =>
        server.QueryAsync(db => db.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.Id == id));

    private static Task<Guid> InsertRequestAsync(GovernanceServer server) => server.QueryAsync(async db =>
    {
        var now = server.Clock.GetUtcNow();
        var reporter = new Reporter { Id = Guid.NewGuid(), Name = "Zhang San", Phone = "13800000000" };
        var request = new ServiceRequest
        {
            Id = Guid.NewGuid(), TrackingCode = "SR-TEST-0001", Title = "Sewage overflow", Category = "utilities", OrgUnitId = "g1", HandlingUnitId = "g1",
            OrgPath = "/d1/s1/c1/g1/", Status = ServiceRequestStatus.Dispatched, SubmittedAt = now, ReporterId = reporter.Id, UpdatedAt = now,
        };
        db.AddRange(reporter, request);
        await db.SaveChangesAsync();
        return request.Id;
    });
}
