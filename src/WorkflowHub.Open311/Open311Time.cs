using System.Globalization;

namespace WorkflowHub.Open311;

/// <summary>
/// Dates as the spec has them (W3C / ISO 8601 with an offset, e.g. 2026-11-02T09:00:00+08:00), written in the
/// configured zone. Input may omit the seconds or the time; without an offset it is read in the configured zone.
/// </summary>
public sealed class Open311Time(TimeZoneInfo zone)
{
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
    private static readonly string[] Local = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public string Format(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public string? Format(DateTimeOffset? at) => at is { } value ? Format(value) : null;

    public bool TryParse(string text, out DateTimeOffset at)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out at)
            && (text.EndsWith('Z') || text.EndsWith("z") || text.Length > 6 && text[^6] is '+' or '-'))
            return true;
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            at = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }
        at = default;
        return false;
    }
}
