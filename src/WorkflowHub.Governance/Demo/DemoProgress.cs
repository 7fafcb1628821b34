namespace WorkflowHub.Governance.Demo;

/// <summary>How far the demo seed is: the stage, and done out of total within it.</summary>
public sealed record DemoProgress(string Stage, int Done, int Total);

/// <summary>What the org seed made, for the steps that follow it (requests, whistles, pledges need units and people).</summary>
public sealed record DemoContext(string DistrictId, IReadOnlyList<string> StreetIds, IReadOnlyList<string> CommunityIds, IReadOnlyList<string> GridIds,
    IReadOnlyList<string> PartyMemberIds, DateTimeOffset Now)
{
    /// <summary>How many requests and pledges the steps drive.</summary>
    public DemoSize Size { get; init; } = DemoSize.Full;
}

/// <summary>
/// A further stage of the demo seed, run after the org tree and people exist. Features register one
/// (<c>services.AddSingleton&lt;IDemoSeedStep, ...&gt;()</c>) to drive requests, whistles or pledges through their real
/// services and workflows, so the demo shows them in every state.
/// </summary>
public interface IDemoSeedStep
{
    /// <summary>Steps run in ascending order.</summary>
    int Order { get; }
    string Name { get; }
    Task RunAsync(DemoContext context, IProgress<DemoProgress> progress, CancellationToken ct);
}
