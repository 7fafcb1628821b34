using System.Diagnostics;
using System.Globalization;
using WorkflowHub.Engine.Timing;

namespace WorkflowHub.Engine.Tests.Timing;

public class CronScheduleTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    // Compares instant and offset, which DateTimeOffset equality alone would not.
    private static void AssertNext(string expression, string after, string? expected, string? zoneId = null)
    {
        var zone = zoneId is null ? null : TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var actual = CronSchedule.Parse(expression).GetNextOccurrence(At(after), zone);
        Assert.Equal(expected is null ? null : At(expected).ToString("o"), actual?.ToString("o"));
    }

    [Theory]
    // every 15 minutes
    [InlineData("*/15 * * * *", "2025-01-01T10:07:00Z", "2025-01-01T10:15:00Z")]
    [InlineData("*/15 * * * *", "2025-01-01T10:15:00Z", "2025-01-01T10:30:00Z")]
    [InlineData("*/15 * * * *", "2025-01-01T23:50:00Z", "2025-01-02T00:00:00Z")]
    [InlineData("*/15 * * * *", "2025-01-01T10:14:59.999Z", "2025-01-01T10:15:00Z")]
    [InlineData("*/15 * * * *", "2025-01-01T10:15:00.001Z", "2025-01-01T10:30:00Z")]
    [InlineData("0,15,30,45 * * * *", "2025-01-01T10:50:00Z", "2025-01-01T11:00:00Z")]
    // weekdays at 9:00 (2025-01-03 is a Friday)
    [InlineData("0 9 * * 1-5", "2025-01-03T09:00:00Z", "2025-01-06T09:00:00Z")]
    [InlineData("0 9 * * MON-FRI", "2025-01-04T12:00:00Z", "2025-01-06T09:00:00Z")]
    [InlineData("0 9 * * 1-5", "2025-01-06T08:59:59Z", "2025-01-06T09:00:00Z")]
    [InlineData("0 9 * * 1-5", "2025-01-06T09:00:00Z", "2025-01-07T09:00:00Z")]
    // year rollover
    [InlineData("* * * * *", "2024-12-31T23:59:00Z", "2025-01-01T00:00:00Z")]
    [InlineData("59 23 31 12 *", "2024-12-31T23:58:30Z", "2024-12-31T23:59:00Z")]
    [InlineData("59 23 31 12 *", "2024-12-31T23:59:00Z", "2025-12-31T23:59:00Z")]
    [InlineData("0 0 1 1 *", "2024-12-31T23:59:59Z", "2025-01-01T00:00:00Z")]
    // Feb 29 only exists in leap years; 2100 is not one
    [InlineData("0 0 29 2 *", "2023-01-01T00:00:00Z", "2024-02-29T00:00:00Z")]
    [InlineData("0 0 29 2 *", "2024-02-29T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 29 2 *", "2096-03-01T00:00:00Z", "2104-02-29T00:00:00Z")]
    // months that lack the day are skipped
    [InlineData("0 0 31 * *", "2025-01-31T00:00:00Z", "2025-03-31T00:00:00Z")]
    [InlineData("0 0 1 */3 *", "2025-02-01T00:00:00Z", "2025-04-01T00:00:00Z")]
    public void Finds_next_occurrence_in_utc(string expression, string after, string expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    // 13th OR Monday: 2025-06-13 is a Friday, 2025-06-16 a Monday
    [InlineData("0 0 13 * 1", "2025-06-10T00:00:00Z", "2025-06-13T00:00:00Z")]
    [InlineData("0 0 13 * 1", "2025-06-13T00:00:00Z", "2025-06-16T00:00:00Z")]
    // 1st OR Monday: 2025-06-01 is a Sunday
    [InlineData("0 0 1 * MON", "2025-05-27T00:00:00Z", "2025-06-01T00:00:00Z")]
    [InlineData("0 0 1 * MON", "2025-06-01T00:00:00Z", "2025-06-02T00:00:00Z")]
    // a stepped day-of-month is still a restriction, so it is ORed too
    [InlineData("0 0 */10 * 1", "2025-06-10T00:00:00Z", "2025-06-11T00:00:00Z")]
    [InlineData("0 0 */10 * 1", "2025-06-11T00:00:00Z", "2025-06-16T00:00:00Z")]
    // only one side restricted: that side alone decides
    [InlineData("0 0 13 * *", "2025-06-13T00:00:00Z", "2025-07-13T00:00:00Z")]
    [InlineData("0 12 13 * ?", "2025-06-14T00:00:00Z", "2025-07-13T12:00:00Z")]
    [InlineData("0 12 ? * SUN", "2025-06-10T00:00:00Z", "2025-06-15T12:00:00Z")]
    [InlineData("0 12 * * SUN", "2025-06-15T12:00:00Z", "2025-06-22T12:00:00Z")]
    public void Combines_day_of_month_and_day_of_week_like_vixie_cron(string expression, string after, string expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    [InlineData("*/20 * * * * *", "2025-01-01T10:00:05Z", "2025-01-01T10:00:20Z")]
    [InlineData("*/20 * * * * *", "2025-01-01T10:00:40Z", "2025-01-01T10:01:00Z")]
    [InlineData("15,45 * * * * *", "2025-01-01T10:00:45Z", "2025-01-01T10:01:15Z")]
    [InlineData("30 0 12 * * *", "2025-01-01T12:00:00Z", "2025-01-01T12:00:30Z")]
    [InlineData("30 0 12 * * *", "2025-01-01T12:00:30Z", "2025-01-02T12:00:30Z")]
    [InlineData("* * * * * *", "2025-01-01T12:00:30.5Z", "2025-01-01T12:00:31Z")]
    [InlineData("0 0 0 30 2 ?", "2025-01-01T00:00:00Z", null)]
    public void Supports_a_seconds_field(string expression, string after, string? expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    [InlineData("0 8-18/4 * * *", "2025-01-01T12:00:00Z", "2025-01-01T16:00:00Z")]
    [InlineData("0 8-18/4 * * *", "2025-01-01T16:00:00Z", "2025-01-02T08:00:00Z")]
    [InlineData("5/20 * * * *", "2025-01-01T10:25:00Z", "2025-01-01T10:45:00Z")]
    [InlineData("5/20 * * * *", "2025-01-01T10:45:00Z", "2025-01-01T11:05:00Z")]
    [InlineData("10-20/5,50 * * * *", "2025-01-01T10:20:00Z", "2025-01-01T10:50:00Z")]
    [InlineData("0 0 * * 1/2", "2025-01-03T00:00:00Z", "2025-01-06T00:00:00Z")] // Mon, Wed, Fri only
    [InlineData("0 0 * * */2", "2025-01-05T00:00:00Z", "2025-01-07T00:00:00Z")] // Sun, Tue, Thu, Sat
    public void Supports_steps_over_ranges_and_start_values(string expression, string after, string expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    [InlineData("0 0 1 JAN,jul *", "2025-01-01T00:00:00Z", "2025-07-01T00:00:00Z")]
    [InlineData("0 0 1 jan-Mar *", "2025-03-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("0 0 * * sun", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 * * 0", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 * * 7", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 * * 5-7", "2025-01-05T00:00:00Z", "2025-01-10T00:00:00Z")]
    [InlineData("0 0 * * FRI-SUN", "2025-01-01T00:00:00Z", "2025-01-03T00:00:00Z")]
    [InlineData("0 0 * * FRI-SUN", "2025-01-05T00:00:00Z", "2025-01-10T00:00:00Z")]
    [InlineData("0 0 * * sat,SUN", "2025-01-05T00:00:00Z", "2025-01-11T00:00:00Z")]
    public void Supports_month_and_day_names(string expression, string after, string expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    [InlineData("@hourly", "2025-01-01T10:30:00Z", "2025-01-01T11:00:00Z")]
    [InlineData("@daily", "2025-01-01T10:30:00Z", "2025-01-02T00:00:00Z")]
    [InlineData("@midnight", "2025-01-01T10:30:00Z", "2025-01-02T00:00:00Z")]
    [InlineData("@weekly", "2025-01-01T10:30:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("@monthly", "2025-01-15T00:00:00Z", "2025-02-01T00:00:00Z")]
    [InlineData("@yearly", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("@ANNUALLY", "2025-06-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    public void Supports_macros(string expression, string after, string expected) =>
        AssertNext(expression, after, expected);

    [Theory]
    [InlineData("0 0 30 2 *")]
    [InlineData("0 0 31 2 *")]
    [InlineData("0 0 31 4,6,9,11 *")]
    public void Returns_null_when_the_schedule_can_never_fire(string expression) =>
        AssertNext(expression, "2025-01-01T00:00:00Z", null);

    [Fact]
    public void Impossible_schedules_are_rejected_quickly()
    {
        var schedule = CronSchedule.Parse("0 0 0 30 2 *");
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < 200; i++)
            Assert.Null(schedule.GetNextOccurrence(At("2025-01-01T00:00:00Z").AddDays(i)));

        // Stepping second by second would take minutes; skipping whole months and days takes milliseconds.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Returns_null_instead_of_overflowing_near_the_end_of_time()
    {
        var schedule = CronSchedule.Parse("0 0 1 1 *");

        Assert.Null(schedule.GetNextOccurrence(DateTimeOffset.MaxValue));
        Assert.Null(schedule.GetNextOccurrence(At("9999-06-01T00:00:00Z")));
        Assert.Equal(At("9999-01-01T00:00:00Z"), schedule.GetNextOccurrence(At("9998-06-01T00:00:00Z")));
    }

    [Fact]
    public void Walking_occurrences_gives_every_quarter_hour_of_a_day()
    {
        var schedule = CronSchedule.Parse("*/15 * * * *");
        var occurrences = new List<DateTimeOffset>();
        var cursor = At("2025-03-01T00:00:00Z").AddTicks(-1);
        while (schedule.GetNextOccurrence(cursor) is { } next && next < At("2025-03-02T00:00:00Z"))
            occurrences.Add(cursor = next);

        Assert.Equal(96, occurrences.Count);
        Assert.All(occurrences.Zip(occurrences.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second - pair.First));
    }

    [Fact]
    public void Defaults_to_utc_whatever_the_offset_of_the_input()
    {
        var next = CronSchedule.Parse("0 0 * * *").GetNextOccurrence(At("2025-01-01T03:00:00+05:00"));

        Assert.Equal(TimeSpan.Zero, next?.Offset);
        Assert.Equal(At("2025-01-01T00:00:00Z"), next);
    }

    [Theory]
    // 2025-03-30: 02:00 CET jumps to 03:00 CEST, so 02:xx does not exist and fires at the jump
    [InlineData("30 2 * * *", "2025-03-29T12:00:00+01:00", "2025-03-30T03:00:00+02:00")]
    [InlineData("30 2 * * *", "2025-03-30T03:00:00+02:00", "2025-03-31T02:30:00+02:00")]
    [InlineData("0 30 2 * * *", "2025-03-29T12:00:00+01:00", "2025-03-30T03:00:00+02:00")]
    [InlineData("0 * * * *", "2025-03-30T01:30:00+01:00", "2025-03-30T03:00:00+02:00")]
    [InlineData("0 * * * *", "2025-03-30T03:00:00+02:00", "2025-03-30T04:00:00+02:00")]
    [InlineData("*/15 * * * *", "2025-03-30T01:50:00+01:00", "2025-03-30T03:00:00+02:00")]
    [InlineData("*/15 * * * *", "2025-03-30T03:00:00+02:00", "2025-03-30T03:15:00+02:00")]
    // 2025-10-26: 03:00 CEST falls back to 02:00 CET, so 02:xx happens twice and fires on the first pass only
    [InlineData("30 2 * * *", "2025-10-25T12:00:00+02:00", "2025-10-26T02:30:00+02:00")]
    [InlineData("30 2 * * *", "2025-10-26T02:30:00+02:00", "2025-10-27T02:30:00+01:00")]
    [InlineData("30 2 * * *", "2025-10-26T02:10:00+01:00", "2025-10-27T02:30:00+01:00")]
    [InlineData("0 * * * *", "2025-10-26T01:30:00+02:00", "2025-10-26T02:00:00+02:00")]
    [InlineData("0 * * * *", "2025-10-26T02:00:00+02:00", "2025-10-26T03:00:00+01:00")]
    [InlineData("*/15 * * * *", "2025-10-26T02:50:00+02:00", "2025-10-26T03:00:00+01:00")]
    [InlineData("*/15 * * * *", "2025-10-26T02:20:00+01:00", "2025-10-26T03:00:00+01:00")]
    [InlineData("* * * * * *", "2025-10-26T02:59:59+01:00", "2025-10-26T03:00:00+01:00")]
    // ordinary days carry the season's offset
    [InlineData("0 9 * * *", "2025-07-01T00:00:00Z", "2025-07-01T09:00:00+02:00")]
    [InlineData("0 9 * * *", "2025-12-01T00:00:00Z", "2025-12-01T09:00:00+01:00")]
    public void Handles_daylight_saving_in_berlin(string expression, string after, string expected) =>
        AssertNext(expression, after, expected, "Europe/Berlin");

    [Theory]
    [InlineData("0 9 * * MON-FRI", "2025-01-06T00:00:00Z", "2025-01-06T09:00:00+08:00")]
    [InlineData("0 9 * * MON-FRI", "2025-01-06T02:00:00Z", "2025-01-07T09:00:00+08:00")]
    [InlineData("0 9 * * MON-FRI", "2025-01-03T01:00:00Z", "2025-01-06T09:00:00+08:00")]
    // Sunday 20:00 UTC is already Monday in Shanghai
    [InlineData("0 9 * * MON", "2025-01-05T20:00:00Z", "2025-01-06T09:00:00+08:00")]
    [InlineData("0 0 * * *", "2024-12-31T16:30:00Z", "2025-01-02T00:00:00+08:00")]
    public void Evaluates_in_the_given_zone(string expression, string after, string expected) =>
        AssertNext(expression, after, expected, "Asia/Shanghai");

    [Theory]
    [InlineData("", "the expression is empty")]
    [InlineData("   ", "the expression is empty")]
    [InlineData("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week) or 6 fields")]
    [InlineData("* * * * * * *", "but found 7")]
    [InlineData("60 * * * *", "minute: 60 is out of range 0-59")]
    [InlineData("0 25 * * *", "hour: 25 is out of range 0-23")]
    [InlineData("0 0 0 * *", "day-of-month: 0 is out of range 1-31")]
    [InlineData("0 0 32 * *", "day-of-month: 32 is out of range 1-31")]
    [InlineData("0 0 1 13 *", "month: 13 is out of range 1-12")]
    [InlineData("0 0 * * 8", "day-of-week: 8 is out of range 0-7")]
    [InlineData("61 * * * * *", "second: 61 is out of range 0-59")]
    [InlineData("0 0 * FOO *", "month: 'FOO' is not a valid value (expected a number 1-12 or JAN-DEC)")]
    [InlineData("0 0 * * FOO", "day-of-week: 'FOO' is not a valid value (expected a number 0-7 or SUN-SAT)")]
    [InlineData("MON * * * *", "minute: 'MON' is not a valid value (expected a number 0-59)")]
    [InlineData("*/0 * * * *", "minute: step 0 is out of range 1-60")]
    [InlineData("0 */25 * * *", "hour: step 25 is out of range 1-24")]
    [InlineData("*/x * * * *", "minute: step 'x' is not a number")]
    [InlineData("1/2/3 * * * *", "minute: '1/2/3' has more than one '/'")]
    [InlineData("5-1 * * * *", "minute: range 5-1 starts after it ends")]
    [InlineData("0 0 * * SAT-MON", "day-of-week: range SAT-MON starts after it ends")]
    [InlineData("1- * * * *", "minute: '1-' is not a valid range")]
    [InlineData("-1 * * * *", "minute: '-1' is not a valid range")]
    [InlineData("1,,2 * * * *", "minute: empty list item in '1,,2'")]
    [InlineData("? * * * *", "minute: '?' is only allowed in day-of-month and day-of-week")]
    [InlineData("0 0 ?,1 * *", "day-of-month: '?' must be used on its own")]
    [InlineData("@reboot", "unknown macro '@reboot'")]
    public void Reports_errors_naming_the_field_and_quoting_the_input(string text, string reason)
    {
        Assert.False(CronSchedule.TryParse(text, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.NotNull(error);
        Assert.StartsWith($"Invalid cron expression '{text}': ", error);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.False(CronSchedule.TryParse(null, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.Contains("empty", error);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_TryParse_message()
    {
        CronSchedule.TryParse("0 25 * * *", out _, out var error);

        var ex = Assert.Throws<FormatException>(() => CronSchedule.Parse("0 25 * * *"));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [InlineData("*/15 * * * *")]
    [InlineData("0 30 9 * * MON-FRI")]
    [InlineData("@daily")]
    public void ToString_returns_the_expression(string expression)
    {
        Assert.True(CronSchedule.TryParse(expression, out var schedule, out var error));
        Assert.Null(error);
        Assert.Equal(expression, schedule!.ToString());
    }

    [Fact]
    public void Accepts_any_whitespace_between_fields()
    {
        var schedule = CronSchedule.Parse("  0\t9  * *   1-5 ");

        Assert.Equal(At("2025-01-06T09:00:00Z"), schedule.GetNextOccurrence(At("2025-01-04T00:00:00Z")));
    }

    [Theory]
    [InlineData("0 0 * * 0")]
    [InlineData("0 0 * * 7")]
    [InlineData("0 0 * * SUN")]
    [InlineData("0 0 ? * sun")]
    [InlineData("0 0 0 * * 0")]
    public void All_spellings_of_sunday_midnight_match_weekly(string expression)
    {
        var weekly = CronSchedule.Parse("@weekly");
        var other = CronSchedule.Parse(expression);
        var cursor = At("2025-01-01T00:00:00Z");
        for (int i = 0; i < 10; i++)
        {
            var next = weekly.GetNextOccurrence(cursor);
            Assert.Equal(next, other.GetNextOccurrence(cursor));
            cursor = next!.Value;
        }
    }
}
