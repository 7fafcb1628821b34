using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Persistence;

/// <summary>
/// The governance tables' schema steps, from numbered scripts embedded beside this file
/// (Migrations/&lt;provider&gt;/2NNN_name.sql). Versions 2000–2999 belong to governance.
/// </summary>
internal sealed class GovernanceSchemaStep(int version, string name) : ISchemaContribution
{
    public int Version { get; } = version;
    public string Name { get; } = name;

    /// <summary>The step's script for a provider (Migrations/Sqlite, Migrations/Postgres): the same numbers in each folder.</summary>
    public IReadOnlyList<string> Statements(string provider)
    {
        var assembly = typeof(GovernanceSchemaStep).Assembly;
        var resource = $"{Prefix(provider)}{Version:D4}_{Name}.sql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new NotSupportedException($"Schema step {Version} ({Name}) has no script for {provider}.");
        using var reader = new StreamReader(stream);
        return [reader.ReadToEnd()];
    }

    /// <summary>The steps whose scripts the provider's folder holds, in order.</summary>
    public static IReadOnlyList<GovernanceSchemaStep> All(string provider = "Sqlite")
    {
        var prefix = Prefix(provider);
        return typeof(GovernanceSchemaStep).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Select(file => new GovernanceSchemaStep(int.Parse(file[..4]), file[5..]))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static string Prefix(string provider) => $"{typeof(GovernanceSchemaStep).Assembly.GetName().Name}.Persistence.Migrations.{provider}.";
}
