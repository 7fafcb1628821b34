using System.Globalization;
using System.Text;

namespace WorkflowHub.Engine.Timing;

/// <summary>
/// Parses non-negative durations written either as ISO-8601 (<c>P[nW][nD][T[nH][nM][nS]]</c>, e.g. <c>PT2H</c>,
/// <c>P1DT12H</c>) or in a short form (<c>90s</c>, <c>30m</c>, <c>1.5h</c>, <c>1d12h</c>). Case-insensitive;
/// surrounding whitespace is ignored. Only the last component may carry a decimal fraction.
/// </summary>
public static class DurationParser
{
    private const string Expected =
        "expected an ISO-8601 duration such as 'PT30M', 'P7D' or 'P1DT12H', or a short form such as '90s', '30m', '1.5h' or '1d12h'";

    private const string MonthsOrYears =
        "months and years have no fixed length; express the duration in days or weeks instead (e.g. 'P30D' or 'P52W')";

    private const string IsoDateUnits = "ymwd";
    private const string IsoTimeUnits = "hms";
    private const string ShortUnits = "wdhms";

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    public static bool TryParse(string? text, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        var s = text?.Trim() ?? "";
        string? reason;
        decimal ticks = 0;
        if (s.Length == 0)
            reason = "the value is empty";
        else if (s[0] == '-')
            reason = "negative durations are not allowed";
        else if (s[0] is 'P' or 'p')
            reason = ParseIso(s, ref ticks);
        else
            reason = ParseComponents(s, ShortUnits, ref ticks, out _);

        if (reason is null && ticks > TimeSpan.MaxValue.Ticks)
            reason = "the duration is too large";
        if (reason is not null)
        {
            error = reason == MonthsOrYears
                ? $"Invalid duration '{text}': {reason}."
                : $"Invalid duration '{text}': {reason}; {Expected}.";
            return false;
        }

        value = TimeSpan.FromTicks((long)ticks);
        error = null;
        return true;
    }

    /// <summary>Formats as canonical ISO-8601 using days, hours, minutes and (fractional) seconds, e.g. <c>P1DT12H30M</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(value), value, "Negative durations cannot be formatted.");
        if (value == TimeSpan.Zero)
            return "PT0S";

        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("P");
        if (value.Days > 0)
            sb.Append(inv, $"{value.Days}D");
        if (value.Ticks % TimeSpan.TicksPerDay == 0)
            return sb.ToString();

        sb.Append('T');
        if (value.Hours > 0)
            sb.Append(inv, $"{value.Hours}H");
        if (value.Minutes > 0)
            sb.Append(inv, $"{value.Minutes}M");
        long secondTicks = value.Ticks % TimeSpan.TicksPerMinute;
        if (secondTicks > 0)
        {
            sb.Append(inv, $"{secondTicks / TimeSpan.TicksPerSecond}");
            long fraction = secondTicks % TimeSpan.TicksPerSecond;
            if (fraction > 0)
                sb.Append('.').Append(fraction.ToString("D7", inv).TrimEnd('0'));
            sb.Append('S');
        }
        return sb.ToString();
    }

    private static string? ParseIso(string s, ref decimal ticks)
    {
        int t = s.IndexOfAny(['T', 't']);
        string datePart = t < 0 ? s[1..] : s[1..t];
        string? timePart = t < 0 ? null : s[(t + 1)..];
        if (datePart.Length == 0 && string.IsNullOrEmpty(timePart))
            return timePart is null ? "'P' must be followed by at least one component" : "'T' must be followed by hours, minutes or seconds";
        if (timePart is { Length: 0 })
            return "'T' must be followed by hours, minutes or seconds";

        var reason = ParseComponents(datePart, IsoDateUnits, ref ticks, out bool lastHadFraction);
        if (reason is not null)
            return reason;
        if (timePart is null)
            return null;
        if (lastHadFraction)
            return "only the last component may have a fraction";
        return ParseComponents(timePart, IsoTimeUnits, ref ticks, out _);
    }

    /// <summary>Reads a run of <c>number unit</c> pairs whose units appear in <paramref name="units"/> order, each at most once.</summary>
    private static string? ParseComponents(string s, string units, ref decimal ticks, out bool lastHadFraction)
    {
        lastHadFraction = false;
        int pos = 0, lastUnit = -1;
        while (pos < s.Length)
        {
            if (lastHadFraction)
                return "only the last component may have a fraction";

            int start = pos;
            while (pos < s.Length && (char.IsAsciiDigit(s[pos]) || s[pos] == '.'))
                pos++;
            string number = s[start..pos];
            if (number.Length == 0)
                return $"unexpected '{s[pos]}'";
            if (pos == s.Length)
                return $"the number '{number}' has no unit";
            if (number[0] == '.' || number[^1] == '.' || number.Count(c => c == '.') > 1)
                return $"'{number}' is not a valid number";

            char unit = char.ToLowerInvariant(s[pos++]);
            int unitIndex = units.IndexOf(unit);
            if (unitIndex < 0)
                return $"'{s[pos - 1]}' is not a valid unit here";
            if (units == IsoDateUnits && (unit is 'y' or 'm'))
                return MonthsOrYears;
            if (unitIndex <= lastUnit)
                return $"unit '{s[pos - 1]}' is repeated or out of order";
            lastUnit = unitIndex;

            // Anything beyond ~10^7 days overflows TimeSpan anyway; the cap keeps the decimal maths in range.
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > 1e12m)
                return "the duration is too large";
            ticks += Math.Round(amount * TicksPer(unit), MidpointRounding.AwayFromZero);
            lastHadFraction = number.Contains('.');
        }
        return null;
    }

    private static long TicksPer(char unit) => unit switch
    {
        'w' => 7 * TimeSpan.TicksPerDay,
        'd' => TimeSpan.TicksPerDay,
        'h' => TimeSpan.TicksPerHour,
        'm' => TimeSpan.TicksPerMinute,
        _ => TimeSpan.TicksPerSecond,
    };
}
