using WorkflowHub.Persistence;

namespace WorkflowHub.Security.Persistence;

/// <summary>The security tables' schema steps, from scripts embedded beside this file. Versions 3000–3999 belong to security.</summary>
internal sealed class SecuritySchemaStep(int version, string name, string sql) : ISchemaContribution
{
    public int Version { get; } = version;
    public string Name { get; } = name;
    public IReadOnlyList<string> Statements(string provider) => [sql];

    public static IReadOnlyList<SecuritySchemaStep> All(string provider = "Sqlite")
    {
        var assembly = typeof(SecuritySchemaStep).Assembly;
        var prefix = $"{assembly.GetName().Name}.Persistence.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return new SecuritySchemaStep(int.Parse(file[..4]), file[5..], reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }
}
