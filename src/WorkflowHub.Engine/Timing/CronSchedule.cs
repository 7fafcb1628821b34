using System.Numerics;

namespace WorkflowHub.Engine.Timing;

/// <summary>
/// A cron expression with 5 fields (minute hour day-of-month month day-of-week) or 6 fields (second first),
/// or one of the macros <c>@yearly @annually @monthly @weekly @daily @midnight @hourly</c>.
/// Day-of-month and day-of-week follow Vixie cron: when both are restricted (neither is <c>*</c> or <c>?</c>)
/// a day matches if either matches.
/// </summary>
public sealed class CronSchedule
{
    // Feb 29 can be 8 years apart (2096 -> 2104); every other possible schedule repeats within a year.
    private const int SearchHorizonYears = 8;
    private static readonly DateTime LatestSearchable = new(9999, 12, 30);

    private sealed record Field(string Name, int Min, int Max, int OpenMax, string[]? Names = null);

    private static readonly Field Second = new("second", 0, 59, 59);
    private static readonly Field Minute = new("minute", 0, 59, 59);
    private static readonly Field Hour = new("hour", 0, 23, 23);
    private static readonly Field DayOfMonth = new("day-of-month", 1, 31, 31);
    private static readonly Field Month = new("month", 1, 12, 12,
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]);
    // 7 is accepted as Sunday, but '*' and 'a/n' stop at Saturday so that e.g. '1/2' means Mon, Wed, Fri.
    private static readonly Field DayOfWeek = new("day-of-week", 0, 7, 6,
        ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]);

    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private readonly string _expression;
    private readonly ulong _seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek;
    private readonly bool _eitherDayMatches;

    private CronSchedule(string expression, ulong[] masks, bool eitherDayMatches)
    {
        _expression = expression;
        (_seconds, _minutes, _hours, _daysOfMonth, _months, _daysOfWeek) = (masks[0], masks[1], masks[2], masks[3], masks[4], masks[5]);
        _eitherDayMatches = eitherDayMatches;
    }

    public static CronSchedule Parse(string text) =>
        TryParse(text, out var schedule, out var error) ? schedule! : throw new FormatException(error);

    public static bool TryParse(string? text, out CronSchedule? schedule, out string? error)
    {
        schedule = null;
        var trimmed = text?.Trim() ?? "";
        var reason = TryBuild(trimmed, out schedule);
        error = reason is null ? null : $"Invalid cron expression '{text}': {reason}.";
        return reason is null;
    }

    public override string ToString() => _expression;

    /// <summary>
    /// Returns the first occurrence strictly after <paramref name="after"/>, evaluated on the wall clock of
    /// <paramref name="zone"/> (UTC by default) and carrying that zone's offset, or null if there is none within
    /// the search horizon. A local time skipped by a DST gap fires at the end of the gap; a local time repeated
    /// when clocks go back fires once, on its first pass.
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset after, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        if (after.UtcDateTime >= LatestSearchable.AddDays(-1))
            return null;

        var localAfter = TimeZoneInfo.ConvertTime(after, zone);
        var start = localAfter.DateTime.AddTicks(-(localAfter.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        if (zone.IsAmbiguousTime(localAfter) && localAfter.Offset < zone.GetAmbiguousTimeOffsets(localAfter).Max())
        {
            // We are in the repeated pass of a fall-back hour; its local times already fired on the first pass.
            start = FirstLocalWhere(start, t => !zone.IsAmbiguousTime(t));
        }

        var end = start.Year + SearchHorizonYears > LatestSearchable.Year ? LatestSearchable : start.AddYears(SearchHorizonYears);
        while (FindNextLocal(start, end) is { } local)
        {
            var occurrence = ToInstant(local, zone);
            if (occurrence > after)
                return occurrence;
            start = local.AddSeconds(1);
        }
        return null;
    }

    private DateTime? FindNextLocal(DateTime t, DateTime end)
    {
        while (t <= end)
        {
            int month = NextBit(_months, t.Month);
            if (month < 0)
            {
                if (t.Year >= end.Year)
                    return null;
                t = new DateTime(t.Year + 1, 1, 1);
                continue;
            }
            if (month != t.Month)
                t = new DateTime(t.Year, month, 1);

            if (!DayMatches(t))
            {
                t = t.Date.AddDays(1);
                continue;
            }

            int hour = NextBit(_hours, t.Hour);
            if (hour < 0)
            {
                t = t.Date.AddDays(1);
                continue;
            }
            if (hour != t.Hour)
                t = t.Date.AddHours(hour);

            int minute = NextBit(_minutes, t.Minute);
            if (minute < 0)
            {
                t = t.Date.AddHours(t.Hour + 1);
                continue;
            }
            if (minute != t.Minute)
                t = t.Date.AddHours(t.Hour).AddMinutes(minute);

            int second = NextBit(_seconds, t.Second);
            if (second < 0)
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
                continue;
            }
            var match = t.Date.AddHours(t.Hour).AddMinutes(t.Minute).AddSeconds(second);
            return match <= end ? match : null;
        }
        return null;
    }

    private bool DayMatches(DateTime date)
    {
        bool dom = (_daysOfMonth & (1UL << date.Day)) != 0;
        bool dow = (_daysOfWeek & (1UL << (int)date.DayOfWeek)) != 0;
        return _eitherDayMatches ? dom || dow : dom && dow;
    }

    private static int NextBit(ulong mask, int from)
    {
        ulong remaining = mask >> from << from;
        return remaining == 0 ? -1 : BitOperations.TrailingZeroCount(remaining);
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
            local = FirstLocalWhere(local, t => !zone.IsInvalidTime(t));
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, local - TimeZoneInfo.ConvertTimeToUtc(local, zone));
    }

    /// <summary>Earliest whole second at or after <paramref name="from"/> satisfying a condition that, once true, stays true for two days.</summary>
    private static DateTime FirstLocalWhere(DateTime from, Func<DateTime, bool> condition)
    {
        if (condition(from))
            return from;
        long lo = 0, hi = 2 * 24 * 3600;
        while (hi - lo > 1)
        {
            long mid = (lo + hi) / 2;
            if (condition(from.AddSeconds(mid)))
                hi = mid;
            else
                lo = mid;
        }
        return from.AddSeconds(hi);
    }

    private static string? TryBuild(string text, out CronSchedule? schedule)
    {
        schedule = null;
        if (text.Length == 0)
            return "the expression is empty";

        string expanded = text;
        if (text.StartsWith('@'))
        {
            if (!Macros.TryGetValue(text, out expanded!))
                return $"unknown macro '{text}'; expected one of {string.Join(", ", Macros.Keys)}";
        }

        var parts = expanded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is not (5 or 6))
            return "expected 5 fields (minute hour day-of-month month day-of-week) " +
                   $"or 6 fields (second minute hour day-of-month month day-of-week) but found {parts.Length}";
        if (parts.Length == 5)
            parts = ["0", .. parts];

        Field[] fields = [Second, Minute, Hour, DayOfMonth, Month, DayOfWeek];
        var masks = new ulong[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            var reason = ParseField(parts[i], fields[i], out masks[i]);
            if (reason is not null)
                return $"{fields[i].Name}: {reason}";
        }

        // Sunday may be written as 7; fold it onto 0, which is what DateTime.DayOfWeek uses.
        if ((masks[5] & (1UL << 7)) != 0)
            masks[5] = (masks[5] & ~(1UL << 7)) | 1UL;

        bool eitherDayMatches = !IsUnrestricted(parts[3]) && !IsUnrestricted(parts[5]);
        schedule = new CronSchedule(text, masks, eitherDayMatches);
        return null;
    }

    private static bool IsUnrestricted(string field) => field is "*" or "?";

    private static string? ParseField(string text, Field field, out ulong mask)
    {
        mask = 0;
        if (text == "?")
        {
            if (field != DayOfMonth && field != DayOfWeek)
                return "'?' is only allowed in day-of-month and day-of-week";
            text = "*";
        }

        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
                return $"empty list item in '{text}'";

            var slash = item.Split('/');
            if (slash.Length > 2)
                return $"'{item}' has more than one '/'";

            int step = 1;
            if (slash.Length == 2)
            {
                int span = field.OpenMax - field.Min + 1;
                if (!TryParseNumber(slash[1], out step))
                    return $"step '{slash[1]}' is not a number";
                if (step < 1 || step > span)
                    return $"step {step} is out of range 1-{span}";
            }

            var range = slash[0];
            int lo, hi;
            if (range == "*")
            {
                (lo, hi) = (field.Min, field.OpenMax);
            }
            else if (range.Contains('-'))
            {
                var ends = range.Split('-');
                if (ends.Length != 2 || ends[0].Length == 0 || ends[1].Length == 0)
                    return $"'{range}' is not a valid range";
                if (ParseValue(ends[0], field, out lo) is { } startError)
                    return startError;
                if (ParseValue(ends[1], field, out hi) is { } endError)
                    return endError;
                if (field == DayOfWeek && hi == 0 && lo > 0)
                    hi = 7; // 'FRI-SUN' means Friday through the Sunday that ends the week.
                if (lo > hi)
                    return $"range {range} starts after it ends";
            }
            else
            {
                var reason = ParseValue(range, field, out lo);
                if (reason is not null)
                    return reason;
                hi = slash.Length == 2 ? field.OpenMax : lo;
            }

            for (int v = lo; v <= hi; v += step)
                mask |= 1UL << v;
        }
        return null;
    }

    private static string? ParseValue(string token, Field field, out int value)
    {
        if (TryParseNumber(token, out value))
        {
            return value < field.Min || value > field.Max
                ? $"{token} is out of range {field.Min}-{field.Max}"
                : null;
        }

        int index = field.Names is null ? -1 : Array.FindIndex(field.Names, n => n.Equals(token, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            value = field.Min == 0 ? index : index + 1;
            return null;
        }

        if (token == "?")
            return "'?' must be used on its own and only in day-of-month or day-of-week";
        return field.Names is null
            ? $"'{token}' is not a valid value (expected a number {field.Min}-{field.Max})"
            : $"'{token}' is not a valid value (expected a number {field.Min}-{field.Max} or {field.Names[0]}-{field.Names[^1]})";
    }

    private static bool TryParseNumber(string token, out int value)
    {
        value = 0;
        if (token.Length is 0 or > 9 || !token.All(char.IsAsciiDigit))
            return false;
        value = int.Parse(token, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}
