using System.Globalization;

namespace WorkflowHub.Governance.Pledges;

public static class PledgeDates
{
    /// <summary>UTC to the second: what the pledge-review workflow's expressions parse with JavaScript's Date.parse.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
