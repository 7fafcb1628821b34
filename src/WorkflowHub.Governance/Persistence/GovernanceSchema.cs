using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Persistence;

/// <summary>
/// The governance tables' schema steps, from numbered scripts embedded beside this file
/// (Migrations/&lt;provider&gt;/2NNN_name.sql). Versions 2000–2999 belong to governance.
/// </summary>
internal sealed class GovernanceSchemaStep(int version, string name, string sql) : ISchemaContribution
{
    public int Version { get; } = version;
    public string Name { get; } = name;
    public IReadOnlyList<string> Statements(string provider) => [sql];

    public static IReadOnlyList<GovernanceSchemaStep> All(string provider = "Sqlite")
    {
        var assembly = typeof(GovernanceSchemaStep).Assembly;
        var prefix = $"{assembly.GetName().Name}.Persistence.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new GovernanceSchemaStep(int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }
}
