using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Instances;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Engine.GraphQL.Tests;

/// <summary>Another server may retire a published version at any moment; a retired one never changes again.</summary>
public sealed class PublishedDefinitionCacheTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    private static WorkflowDefinitionNode Version(int version, DefinitionStatus status) =>
        new() { DefinitionId = "service-request", Name = "Service request", Version = version, Status = status };

    [Fact]
    public void Should_trust_a_published_version_only_briefly_so_a_retirement_on_another_server_shows()
    {
        var cache = new PublishedDefinitionCache(_clock);
        cache.Remember(Version(1, DefinitionStatus.Published));

        var fresh = cache.TryGet("service-request", 1);
        _clock.Advance(PublishedDefinitionCache.PublishedFor);
        var stale = cache.TryGet("service-request", 1);

        Assert.Equal(DefinitionStatus.Published, fresh!.Status);
        Assert.Null(stale);
    }

    [Fact]
    public void Should_keep_a_retired_version_and_never_a_draft()
    {
        var cache = new PublishedDefinitionCache(_clock);
        cache.Remember(Version(1, DefinitionStatus.Retired));
        cache.Remember(Version(2, DefinitionStatus.Draft));

        _clock.Advance(TimeSpan.FromDays(30));

        Assert.Equal(DefinitionStatus.Retired, cache.TryGet("service-request", 1)!.Status);
        Assert.Null(cache.TryGet("service-request", 2));
    }
}
