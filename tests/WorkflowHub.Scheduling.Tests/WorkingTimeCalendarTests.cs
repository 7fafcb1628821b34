using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Scheduling.Calendars;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Scheduling.Tests;

public sealed class WorkingTimeCalendarTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // 2026: National Day holiday Thu 1 Oct - Wed 7 Oct, worked back on Sun 27 Sep and Sat 10 Oct (illustrative dates).
    private static CalendarDefinition Street() => new()
    {
        TimeZone = "Asia/Shanghai",
        WorkingHours = "09:00-18:00",
        Holidays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"],
        MakeUpWorkingDays = ["2026-09-27", "2026-10-10"],
        OrgUnits = ["street-3", "community-12"],
    };

    private static WorkingTimeCalendar Calendar() => new("street", Street());

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Beijing);

    [Fact]
    public void Should_count_two_working_hours_from_friday_evening_to_monday_morning()
    {
        // The example: submitted Friday 17:30, sign for within 2 working hours, 09:00-18:00 → Monday 10:30.
        Assert.Equal(At(11, 9, 10, 30), Calendar().AddWorkingTime(At(11, 6, 17, 30), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Should_skip_a_public_holiday()
    {
        // Wednesday 30 Sep 17:00 + 2 h: 1 h on Wednesday, then Thu 1 and Fri 2 Oct are holidays, Sat/Sun a weekend,
        // Mon 5 - Wed 7 holidays: the second hour is Thursday 8 Oct 09:00-10:00.
        Assert.Equal(At(10, 8, 10), Calendar().AddWorkingTime(At(9, 30, 17), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Should_count_a_make_up_saturday_as_a_working_day()
    {
        // Friday 9 Oct 17:00 + 3 h: 1 h on Friday, then Saturday 10 Oct is worked (调休): 09:00-11:00.
        Assert.Equal(At(10, 10, 11), Calendar().AddWorkingTime(At(10, 9, 17), TimeSpan.FromHours(3)));
        Assert.True(Calendar().IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(Calendar().IsWorkingDay(new DateOnly(2026, 10, 3)));
    }

    [Fact]
    public void Should_count_whole_days_as_working_days_and_end_a_full_day_at_closing_time()
    {
        // P2D = two working days of 9 h: Friday 17:30 → Tuesday 17:30.
        Assert.Equal(At(11, 10, 17, 30), Calendar().AddWorkingTime(At(11, 6, 17, 30), TimeSpan.FromDays(2)));
        // Submitted before opening on Monday, 9 working hours end at Monday 18:00, not Tuesday 09:00.
        Assert.Equal(At(11, 9, 18), Calendar().AddWorkingTime(At(11, 9, 7), TimeSpan.FromHours(9)));
    }

    [Fact]
    public void Should_answer_quartz_calendar_questions_the_same_way()
    {
        var calendar = Calendar();
        Assert.True(calendar.IsTimeIncluded(At(11, 9, 10)));
        Assert.False(calendar.IsTimeIncluded(At(11, 9, 19)));   // after hours
        Assert.False(calendar.IsTimeIncluded(At(11, 7, 10)));   // Saturday
        Assert.False(calendar.IsTimeIncluded(At(10, 1, 10)));   // holiday
        Assert.True(calendar.IsTimeIncluded(At(9, 27, 10)));    // make-up Sunday
        Assert.Equal(At(11, 9, 9), calendar.GetNextIncludedTimeUtc(At(11, 6, 18, 30)));
    }

    [Fact]
    public void Should_report_every_problem_of_a_bad_calendar()
    {
        var errors = new CalendarDefinition
        {
            TimeZone = "Mars/Olympus", WorkingHours = "18:00-09:00", Holidays = ["2026-13-01", "2026-10-01"], MakeUpWorkingDays = ["2026-10-01"],
        }.Validate();
        Assert.Contains(errors, e => e.Path == "$.timeZone");
        Assert.Contains(errors, e => e.Path == "$.workingHours");
        Assert.Contains(errors, e => e.Path == "$.holidays[0]");
        Assert.Contains(errors, e => e.Path == "$.makeUpWorkingDays" && e.Message.Contains("2026-10-01"));
    }

    [Fact]
    public async Task Should_resolve_calendars_by_name_by_org_unit_and_save_edits_through_the_service()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var configured = new CalendarConfiguration { Calendars = { ["street"] = Street(), ["default"] = new CalendarDefinition() } };
        var service = new CalendarService(configured, engine.Services.GetRequiredService<ICalendarStore>(), engine.Clock, NullLogger<CalendarService>.Instance);

        Assert.Equal("street", service.Resolve("community-12").Name);
        Assert.Equal("default", service.Resolve("grid-99").Name);
        Assert.Equal(["default", "street"], (await service.ListAsync()).Select(c => c.Name));

        var bad = await service.SaveAsync("street", new CalendarDefinition { WorkingHours = "nine to five" });
        Assert.Null(bad.Calendar);
        Assert.Contains(bad.Errors, e => e.Path == "$.workingHours");

        var edited = Street();
        edited.WorkingHours = "08:30-17:30";
        var saved = await service.SaveAsync("street", edited, actor: "admin");
        Assert.Empty(saved.Errors);
        Assert.Equal(CalendarSource.Api, saved.Calendar!.Source);
        // Friday 17:00 + 2 h on 08:30-17:30: half an hour on Friday, 1.5 h from Monday 08:30.
        Assert.Equal(At(11, 9, 10), service.AddWorkingTime(At(11, 6, 17), TimeSpan.FromHours(2), "street"));

        // Another server (a new service on the same database) sees the saved calendar.
        var other = new CalendarService(configured, engine.Services.GetRequiredService<ICalendarStore>(), engine.Clock, NullLogger<CalendarService>.Instance);
        Assert.Equal("08:30-17:30", (await other.GetAsync("street"))!.Definition.WorkingHours);
    }

    [Fact]
    public async Task Should_use_the_first_calendar_by_name_for_an_org_unit_on_two_and_say_so_in_the_log()
    {
        await using var engine = await EngineFixture.CreateAsync();
        var later = Street();
        later.WorkingHours = "08:00-12:00";
        var configured = new CalendarConfiguration { Calendars = { ["street"] = Street(), ["z-street"] = later } };
        var log = new WrittenLog();
        var service = new CalendarService(configured, engine.Services.GetRequiredService<ICalendarStore>(), engine.Clock, log);

        Assert.Equal("street", service.Resolve("community-12").Name);
        // The warning is written out (formatted), as a console or file logger would.
        Assert.Contains(log.Lines, line => line.Contains("community-12") && line.Contains("street") && line.Contains("z-street"));
    }

    /// <summary>A logger that formats every entry, as real providers do (NullLogger never formats, so it hides template errors).</summary>
    private sealed class WrittenLog : Microsoft.Extensions.Logging.ILogger<CalendarService>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
            Exception? exception, Func<TState, Exception?, string> formatter) => Lines.Add(formatter(state, exception));
    }

    [Fact]
    public async Task Should_give_a_task_a_working_time_deadline_on_its_org_units_calendar()
    {
        var clock = new ManualClock(At(11, 6, 17, 30)); // a Friday
        await using var engine = await EngineFixture.CreateAsync(s =>
        {
            s.AddSingleton(new CalendarConfiguration { Calendars = { ["street"] = Street() } });
            s.AddSingleton<CalendarService>();
            s.AddSingleton<IWorkingTimeCalendar>(sp => sp.GetRequiredService<CalendarService>());
        }, clock: clock);
        await engine.PublishAsync(Defs.TaskWithDeadline("sign-for", "PT2H", calendar: "=input.orgUnitId").Replace("\"activities\"",
            "\"inputs\": [ { \"name\": \"orgUnitId\", \"type\": \"string\" } ], \"activities\""));

        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for", new JsonObject { ["orgUnitId"] = "community-12" }))).InstanceId;

        var timer = await engine.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.InstanceId == id));
        Assert.Equal(At(11, 9, 10, 30), timer.DueAt);
        Assert.Equal("community-12", timer.Calendar);
        var task = await engine.QueryAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == id));
        Assert.Equal(At(11, 9, 10, 30), task.DueAt);
    }

    [Fact]
    public async Task Should_fault_with_a_clear_incident_when_the_calendar_is_unknown()
    {
        await using var engine = await EngineFixture.CreateAsync(s =>
        {
            s.AddSingleton(new CalendarConfiguration { Calendars = { ["street"] = Street() } });
            s.AddSingleton<IWorkingTimeCalendar>(sp => new CalendarService(sp.GetRequiredService<CalendarConfiguration>(),
                sp.GetRequiredService<ICalendarStore>(), sp.GetRequiredService<TimeProvider>(), NullLogger<CalendarService>.Instance));
        });
        await engine.PublishAsync(Defs.TaskWithDeadline("sign-for", "PT2H", calendar: "nowhere"));

        var id = (await engine.Runtime.StartAsync(new StartWorkflowRequest("sign-for"))).InstanceId;

        var incident = await engine.QueryAsync(db => db.Incidents.AsNoTracking().SingleAsync(i => i.InstanceId == id));
        Assert.Contains("nowhere", incident.Message);
    }
}
