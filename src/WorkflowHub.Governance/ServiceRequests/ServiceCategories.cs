using Microsoft.Extensions.Configuration;
using WorkflowHub.Engine.Timing;

namespace WorkflowHub.Governance.ServiceRequests;

/// <summary>A request category and its time limits: feedback counts in elapsed time, sign-for in the handling unit's working time.</summary>
public sealed record ServiceCategory(string Code, string Name, TimeSpan FeedbackLimit, TimeSpan SignForLimit);

/// <summary>One category as written in configuration (<c>WorkflowHub:Governance:Categories:&lt;code&gt;</c>); durations as "PT2H" or "7d".</summary>
public sealed class ServiceCategorySettings
{
    public string? Name { get; set; }
    public string? FeedbackLimit { get; set; }
    public string? SignForLimit { get; set; }
}

/// <summary>
/// The category table. Defaults follow common practice (emergency 2 h, utilities 24 h, general 7 days, complex 15 days,
/// sign for within 2 working hours); configuration changes a limit or adds a category without a code change.
/// </summary>
public sealed class ServiceCategoryCatalog
{
    public const string ConfigurationSection = "WorkflowHub:Governance:Categories";
    public const string Fallback = "general";
    private static readonly TimeSpan DefaultSignFor = TimeSpan.FromHours(2);

    private readonly Dictionary<string, ServiceCategory> _byCode;

    public ServiceCategoryCatalog(IReadOnlyDictionary<string, ServiceCategorySettings>? configured = null)
    {
        _byCode = new Dictionary<string, ServiceCategory>(StringComparer.OrdinalIgnoreCase)
        {
            ["emergency"] = new("emergency", "紧急 Emergency (risk to life or property)", TimeSpan.FromHours(2), DefaultSignFor),
            ["utilities"] = new("utilities", "水电气热 Utilities (water, power, gas, heating)", TimeSpan.FromHours(24), DefaultSignFor),
            ["general"] = new("general", "一般 General", TimeSpan.FromDays(7), DefaultSignFor),
            ["complex"] = new("complex", "复杂 Complex", TimeSpan.FromDays(15), DefaultSignFor),
        };
        foreach (var (code, settings) in configured ?? new Dictionary<string, ServiceCategorySettings>())
        {
            var known = _byCode.GetValueOrDefault(code);
            _byCode[code] = new ServiceCategory(code.ToLowerInvariant(),
                settings.Name ?? known?.Name ?? code,
                Duration(settings.FeedbackLimit, $"{code}.FeedbackLimit") ?? known?.FeedbackLimit ?? TimeSpan.FromDays(7),
                Duration(settings.SignForLimit, $"{code}.SignForLimit") ?? known?.SignForLimit ?? DefaultSignFor);
        }
    }

    public static ServiceCategoryCatalog From(IConfiguration? configuration) =>
        new(configuration?.GetSection(ConfigurationSection).Get<Dictionary<string, ServiceCategorySettings>>());

    public IReadOnlyList<ServiceCategory> All => _byCode.Values.OrderBy(c => c.FeedbackLimit).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();

    public ServiceCategory? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>The category, or the general one for a code nobody configured (a workflow started by hand).</summary>
    public ServiceCategory FindOrFallback(string? code) => Find(code) ?? _byCode[Fallback];

    private static TimeSpan? Duration(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DurationParser.TryParse(text, out var value, out var error)
            ? value
            : throw new InvalidOperationException($"{ConfigurationSection}:{key}: {error}");
    }
}
