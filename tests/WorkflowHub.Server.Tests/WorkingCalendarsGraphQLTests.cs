using System.Globalization;

namespace WorkflowHub.Server.Tests;

/// <summary>Working-time calendars through the server's GraphQL: listed, saved, read back, refused, and used by a deadline.</summary>
public sealed class WorkingCalendarsGraphQLTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    private const string CalendarFields = "name source timeZone workingHours weekendDays holidays makeUpWorkingDays orgUnits updatedAt updatedBy";

    private const string Save = $$"""
        mutation($name: String!, $input: WorkingCalendarInput!) { saveWorkingCalendar(name: $name, input: $input) { {{CalendarFields}} } }
        """;

    public Task InitializeAsync()
    {
        _server = new GraphQLTestServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_list_the_configured_calendar_then_save_one_and_read_it_back()
    {
        var configured = await _server.DataAsync($$"""{ workingCalendars { {{CalendarFields}} } }""");
        var saved = await _server.DataAsync(Save, new
        {
            name = "street-3",
            input = new
            {
                timeZone = "Asia/Shanghai", workingHours = "08:30-17:30", weekendDays = new[] { "SUNDAY" },
                holidays = new[] { "2026-10-01", "2026-10-02" }, makeUpWorkingDays = new[] { "2026-09-27" }, orgUnits = new[] { "grid-31", "grid-32" },
            },
        });
        var read = await _server.DataAsync($$"""{ workingCalendar(name: "street-3") { {{CalendarFields}} } all: workingCalendars { name source } }""");

        var standard = Assert.Single(configured["workingCalendars"]!.AsArray())!;
        Assert.Equal(("default", "CONFIGURATION", "09:00-18:00"),
            (standard["name"]!.GetValue<string>(), standard["source"]!.GetValue<string>(), standard["workingHours"]!.GetValue<string>()));
        Assert.Equal(["SATURDAY", "SUNDAY"], standard["weekendDays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Null(standard["updatedAt"]);

        Assert.Equal(saved["saveWorkingCalendar"]!.ToJsonString(), read["workingCalendar"]!.ToJsonString());
        var calendar = read["workingCalendar"]!;
        Assert.Equal("API", calendar["source"]!.GetValue<string>());
        Assert.Equal("08:30-17:30", calendar["workingHours"]!.GetValue<string>());
        Assert.Equal(["SUNDAY"], calendar["weekendDays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["2026-10-01", "2026-10-02"], calendar["holidays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["2026-09-27"], calendar["makeUpWorkingDays"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(["grid-31", "grid-32"], calendar["orgUnits"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.InRange(DateTimeOffset.Parse(calendar["updatedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(["default", "street-3"], read["all"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Should_refuse_an_invalid_calendar_with_bad_user_input_listing_each_problem_and_its_path_and_save_nothing()
    {
        var result = await _server.PostAsync(Save, new { name = "street-4", input = new { workingHours = "09:00-25:00", holidays = new[] { "2026-10-01", "1 October" } } });
        var after = await _server.DataAsync("""{ workingCalendar(name: "street-4") { name } }""");

        var error = result["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["saveWorkingCalendar"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        var problems = error["extensions"]!["errors"]!.AsArray().ToDictionary(e => e!["path"]!.GetValue<string>(), e => e!["message"]!.GetValue<string>());
        Assert.Equal(["$.workingHours", "$.holidays[1]"], problems.Keys);
        Assert.Contains("09:00-25:00", problems["$.workingHours"]);
        Assert.Contains("1 October", problems["$.holidays[1]"]);
        Assert.Null(after["workingCalendar"]);
    }

    [Fact]
    public async Task Should_count_a_delay_on_a_calendar_saved_through_the_api_and_show_it_on_the_timer()
    {
        await _server.DataAsync(Save, new { name = "street-3", input = new { workingHours = "09:00-18:00", orgUnits = new[] { "grid-31" } } });
        await _server.PublishAsync("""
            {
              "definitionId": "wait-working-time", "name": "Wait in working time",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "wait", "type": "Delay", "properties": { "duration": "PT1H", "calendar": "grid-31" } },
                { "id": "notify", "type": "Notify", "properties": { "to": "grid-head", "message": "An hour of work later." } }
              ],
              "connections": [ { "from": "start", "to": "wait" }, { "from": "wait", "to": "notify" } ]
            }
            """);
        var startedAt = DateTimeOffset.UtcNow;
        await _server.DataAsync("""mutation { startWorkflow(definitionId: "wait-working-time") { instanceId } }""");

        var timers = await _server.DataAsync("""{ timers(where: { calendar: { eq: "grid-31" } }) { nodes { calendar dueAt } } }""");

        var timer = Assert.Single(timers["timers"]!["nodes"]!.AsArray())!;
        Assert.Equal("grid-31", timer["calendar"]!.GetValue<string>());
        // An hour of working time is at least an hour of clock time, more when it spans a night, weekend or holiday.
        Assert.True(DateTimeOffset.Parse(timer["dueAt"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= startedAt.AddHours(1).AddSeconds(-1));
    }
}
