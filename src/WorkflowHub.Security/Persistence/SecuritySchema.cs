using WorkflowHub.Persistence;

namespace WorkflowHub.Security.Persistence;

/// <summary>The security tables' schema steps, from scripts embedded beside this file. Versions 3000–3999 belong to security.</summary>
internal sealed class SecuritySchemaStep(int version, string name) : ISchemaContribution
{
    public int Version { get; } = version;
    public string Name { get; } = name;

    /// <summary>The step's script for a provider (Migrations/Sqlite, Migrations/Postgres): the same numbers in each folder.</summary>
    public IReadOnlyList<string> Statements(string provider)
    {
        var assembly = typeof(SecuritySchemaStep).Assembly;
        var resource = $"{Prefix(provider)}{Version:D4}_{Name}.sql";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new NotSupportedException($"Schema step {Version} ({Name}) has no script for {provider}.");
        using var reader = new StreamReader(stream);
        return [reader.ReadToEnd()];
    }

    /// <summary>The steps whose scripts the provider's folder holds, in order.</summary>
    public static IReadOnlyList<SecuritySchemaStep> All(string provider = "Sqlite")
    {
        var prefix = Prefix(provider);
        return typeof(SecuritySchemaStep).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Select(file => new SecuritySchemaStep(int.Parse(file[..4]), file[5..]))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static string Prefix(string provider) => $"{typeof(SecuritySchemaStep).Assembly.GetName().Name}.Persistence.Migrations.{provider}.";
}
