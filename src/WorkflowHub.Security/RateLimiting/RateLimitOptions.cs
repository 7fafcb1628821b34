namespace WorkflowHub.Security.RateLimiting;

/// <summary>Settings under <c>WorkflowHub:RateLimits</c>: how many requests each caller may make per window.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Paths whose requests count (prefixes); other doors such as /health are not limited.</summary>
    public string[] Paths { get; set; } = ["/graphql"];

    /// <summary>Each signed-in caller: a staff account, an API key or a resident's tracking code.</summary>
    public RateLimitRule SignedIn { get; set; } = new() { Permits = 1200, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Callers nobody signed in, per IP address (generous: residents' phones may share one address behind a carrier's NAT).</summary>
    public RateLimitRule Anonymous { get; set; } = new() { Permits = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary><c>login</c> and <c>residentLogin</c> per IP address, on top of the limits above (account lockout still applies).</summary>
    public RateLimitRule SignIn { get; set; } = new() { Permits = 20, Window = TimeSpan.FromMinutes(1) };
}

public sealed class RateLimitRule
{
    public int Permits { get; set; }
    public TimeSpan Window { get; set; }
}
