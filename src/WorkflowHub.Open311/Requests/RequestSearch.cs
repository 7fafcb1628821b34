using Microsoft.AspNetCore.Http;

namespace WorkflowHub.Open311.Requests;

/// <summary>
/// GET requests' parameters: <c>service_request_id</c> (comma-delimited; when given, the others are ignored, as the spec says),
/// <c>service_code</c> and <c>status</c> (comma-delimited), <c>start_date</c>/<c>end_date</c> (on the requested date;
/// without either, the last 90 days), and our paging: <c>page</c> (from 1) and <c>page_size</c>.
/// </summary>
public sealed record RequestSearch(
    IReadOnlyList<Guid>? Ids, IReadOnlyList<string> ServiceCodes, IReadOnlyList<string> Statuses,
    DateTimeOffset? Start, DateTimeOffset? End, int Page, int PageSize)
{
    public static RequestSearch Parse(IQueryCollection query, Open311Options options, Open311Time time, DateTimeOffset now)
    {
        var errors = new List<Open311Error>();
        var ids = List(query, "service_request_id");
        if (ids.Count > 0)
        {
            // An id that cannot be ours matches nothing rather than failing the whole list.
            return new RequestSearch(ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Distinct().ToList(), [], [], null, null, 1, options.MaxPageSize);
        }

        var statuses = List(query, "status").Select(s => s.ToLowerInvariant()).Distinct().ToList();
        foreach (var status in statuses.Where(s => s is not (StatusMapping.Open or StatusMapping.Closed)))
            errors.Add(new(400, $"status: '{status}' is not a status; use open or closed."));
        var start = Date(query, "start_date", time, errors);
        var end = Date(query, "end_date", time, errors);
        if (start is not null && end is not null && start > end) errors.Add(new(400, "start_date: is after end_date."));
        var page = Whole(query, "page", 1, 1, 1_000_000, errors);
        var size = Whole(query, "page_size", options.DefaultPageSize, 1, options.MaxPageSize, errors);
        if (errors.Count > 0) throw new Open311Exception(errors);

        if (start is null && end is null) start = now - options.DefaultWindow;
        return new RequestSearch(null, List(query, "service_code"), statuses, start, end, page, size);
    }

    private static List<string> List(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    private static DateTimeOffset? Date(IQueryCollection query, string name, Open311Time time, List<Open311Error> errors)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (time.TryParse(text, out var at)) return at;
        errors.Add(new(400, $"{name}: '{text}' is not a date such as 2026-11-02T09:00:00+08:00."));
        return null;
    }

    private static int Whole(IQueryCollection query, string name, int fallback, int min, int max, List<Open311Error> errors)
    {
        var text = query[name].ToString();
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, out var value) && value >= min && value <= max) return value;
        errors.Add(new(400, $"{name}: '{text}' is not a whole number from {min} to {max}."));
        return fallback;
    }
}
