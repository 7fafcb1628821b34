using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Residents;

public sealed class ResidentSignInTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public async Task InitializeAsync()
    {
        await _server.LoginAsync(); // the server is up and migrated
        await _server.QueryAsync(async db =>
        {
            foreach (var (code, phone) in new[] { ("SR-20261102-AAAAAA", "138 1234 5678"), ("SR-20261102-BBBBBB", "13999998888") })
            {
                var reporter = new Reporter { Id = Guid.NewGuid(), Name = "Resident " + code[^1], Phone = phone };
                db.Add(reporter);
                db.Add(new ServiceRequest
                {
                    Id = Guid.NewGuid(), TrackingCode = code, Title = "Broken street light", Category = "general", OrgUnitId = "grid-1",
                    OrgPath = "/d/s/c/grid-1/", ReporterId = reporter.Id, SubmittedAt = _server.Clock.GetUtcNow(), UpdatedAt = _server.Clock.GetUtcNow(),
                });
            }

            return await db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<System.Text.Json.Nodes.JsonObject> SignInAsync(string code, string phone) =>
        _server.GraphQLAsync("mutation($c: String!, $p: String!) { residentLogin(trackingCode: $c, phone: $p) { token expiresAt } }", new { c = code, p = phone });

    [Fact]
    public async Task Should_let_a_resident_see_their_own_request_and_no_other()
    {
        var signIn = await SignInAsync("sr-20261102-aaaaaa", "13812345678");
        var token = signIn["data"]!["residentLogin"]!["token"]!.GetValue<string>();

        var me = await _server.GraphQLAsync("{ me { kind trackingCode personId roles { role } } }", bearer: token);
        var own = await _server.GraphQLAsync("{ serviceRequestByTrackingCode(code: \"SR-20261102-AAAAAA\") { trackingCode title } }", bearer: token);
        var other = await _server.GraphQLAsync("{ serviceRequestByTrackingCode(code: \"SR-20261102-BBBBBB\") { trackingCode title } }", bearer: token);
        var otherId = await _server.QueryAsync(db => Task.FromResult(db.Set<ServiceRequest>().Single(r => r.TrackingCode == "SR-20261102-BBBBBB").Id));
        var otherById = await _server.GraphQLAsync("query($id: UUID!) { serviceRequest(id: $id) { trackingCode } }", new { id = otherId }, token);
        var publish = await _server.GraphQLAsync("mutation { publishWorkflow(definitionId: \"service-request\") { version } }", bearer: token);

        Assert.Equal("resident", me["data"]!["me"]!["kind"]!.GetValue<string>());
        Assert.Equal("SR-20261102-AAAAAA", me["data"]!["me"]!["trackingCode"]!.GetValue<string>());
        Assert.Null(me["data"]!["me"]!["personId"]);
        Assert.Equal("SR-20261102-AAAAAA", own["data"]!["serviceRequestByTrackingCode"]!["trackingCode"]!.GetValue<string>());
        Assert.Null(other["data"]!["serviceRequestByTrackingCode"]);
        Assert.Null(otherById["data"]!["serviceRequest"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", AuthServer.Code(publish));
    }

    [Fact]
    public async Task Should_refuse_a_wrong_phone_and_lock_the_tracking_code_after_repeated_guesses()
    {
        var wrong = await SignInAsync("SR-20261102-AAAAAA", "13800000000");
        var unknown = await SignInAsync("SR-20261102-ZZZZZZ", "13812345678");
        for (var i = 1; i < 5; i++) await SignInAsync("SR-20261102-AAAAAA", "1380000000" + i);
        var locked = await SignInAsync("SR-20261102-AAAAAA", "13812345678");
        var otherCode = await SignInAsync("SR-20261102-BBBBBB", "13999998888");

        Assert.Equal("AUTH_INVALID_CREDENTIALS", AuthServer.Code(wrong));
        Assert.Equal(wrong["errors"]![0]!["message"]!.GetValue<string>(), unknown["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("AUTH_LOCKED_OUT", AuthServer.Code(locked));
        Assert.True(otherCode["errors"] is null, otherCode.ToJsonString());
    }
}
