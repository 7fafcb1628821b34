namespace WorkflowHub.Governance.Demo;

/// <summary>How many requests and pledges the demo drives through their workflows (the org tree is the same at every size).</summary>
public sealed record DemoSize(int Requests, int Pledges)
{
    public static readonly DemoSize Full = new(3000, 600);
    public static readonly DemoSize Small = new(160, 48);

    /// <summary>"full" or "small"; null for anything else.</summary>
    public static DemoSize? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "" or "full" => Full,
        "small" => Small,
        _ => null,
    };
}
