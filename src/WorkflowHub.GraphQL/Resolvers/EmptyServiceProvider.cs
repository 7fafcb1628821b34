namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>A service provider that has no services.</summary>
public sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
