namespace WorkflowHub.LoadGen;

/// <summary>
/// One run of the day: which servers, who signs in, how long, how fast. The servers should run with short category limits
/// (e.g. <c>--WorkflowHub:Governance:Categories:general:SignForLimit PT20S</c>) so deadlines fall due during the run.
/// </summary>
public sealed record LoadOptions
{
    public required IReadOnlyList<Uri> Servers { get; init; }
    public string AdminUser { get; init; } = "admin";
    public required string AdminPassword { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Request submissions per second, spread over the channels.</summary>
    public double Rate { get; init; } = 5;
    /// <summary>
    /// 0: requests arrive at <see cref="Rate"/> whatever the servers manage (a day's traffic). More: that many residents and
    /// officers each take a request through its life and start the next one at once (a closed loop that measures capacity).
    /// </summary>
    public int Workers { get; init; }
    /// <summary>Share of requests nobody signs for, so their sign-for deadline fires and escalates them.</summary>
    public double UnansweredShare { get; init; } = 0.1;
    /// <summary>Whistles blown per second.</summary>
    public double WhistleRate { get; init; } = 0.2;
    /// <summary>Pledges made per second, each reviewed by the branch and given a first progress note.</summary>
    public double PledgeRate { get; init; } = 0.1;
    /// <summary>Think time between a request's steps (a worker reading, phoning, walking there), compressed.</summary>
    public TimeSpan ThinkTime { get; init; } = TimeSpan.FromMilliseconds(200);
    /// <summary>After the traffic: how long due timers may still take to fire before the audit counts them late.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(30);
    public int Seed { get; init; } = 20261122;
    /// <summary>A prefix for the org units and people the run sets up, so runs can share a database.</summary>
    public string Prefix { get; init; } = "lg";
}
