using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHub.Persistence;

/// <summary>
/// Entities a module (such as governance) adds to the one DbContext, so that its rows are written in the
/// engine's transactions. Each contribution brings its tables' schema as an <see cref="ISchemaContribution"/>.
/// </summary>
public interface IModelContribution
{
    void Configure(ModelBuilder model);

    /// <summary>Interceptors the module's tables need on every context (e.g. to keep derived rows current in the same transaction).</summary>
    IEnumerable<IInterceptor> Interceptors => [];
}

/// <summary>Carries the contributions of this process's modules into the DbContext's options.</summary>
internal sealed class ModelContributionsExtension(IReadOnlyList<IModelContribution> contributions) : IDbContextOptionsExtension
{
    public IReadOnlyList<IModelContribution> Contributions { get; } = contributions;

    /// <summary>Models differ by the set of contributing types, so EF caches one model per set.</summary>
    public string Key { get; } = string.Join(";", contributions.Select(c => c.GetType().FullName).Order(StringComparer.Ordinal));

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) { }

    public void Validate(IDbContextOptions options) { }

    private sealed class ExtensionInfo(ModelContributionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new ModelContributionsExtension Extension => (ModelContributionsExtension)base.Extension;
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => $"ModelContributions={Extension.Key} ";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["WorkflowHub:ModelContributions"] = Extension.Key;
    }
}

internal sealed class ContributionAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as WorkflowHubDbContext)?.ContributionKey ?? "", designTime);
}

public static class ModelContributionOptions
{
    /// <summary>Adds module entities to the WorkflowHub model (used by the store's registration and by tests building a context by hand).</summary>
    public static DbContextOptionsBuilder<WorkflowHubDbContext> WithModelContributions(this DbContextOptionsBuilder<WorkflowHubDbContext> builder, IEnumerable<IModelContribution> contributions)
    {
        ((DbContextOptionsBuilder)builder).WithModelContributions(contributions);
        return builder;
    }

    internal static DbContextOptionsBuilder WithModelContributions(this DbContextOptionsBuilder builder, IEnumerable<IModelContribution> contributions)
    {
        var list = contributions.ToList();
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModelContributionsExtension(list));
        builder.ReplaceService<IModelCacheKeyFactory, ContributionAwareModelCacheKeyFactory>();
        var interceptors = list.SelectMany(c => c.Interceptors).ToList();
        if (interceptors.Count > 0) builder.AddInterceptors(interceptors);
        return builder;
    }
}
