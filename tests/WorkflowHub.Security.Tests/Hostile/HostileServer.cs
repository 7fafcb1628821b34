using WorkflowHub.Security.Tests.Support;

namespace WorkflowHub.Security.Tests.Hostile;

/// <summary>The real server for hostile input: rate limits off (they would answer most of a flood with 429) and small script limits.</summary>
public static class HostileServer
{
    public static AuthServer Create(bool rateLimits = false) => new(settings: new Dictionary<string, string>
    {
        ["WorkflowHub:RateLimits:Enabled"] = rateLimits ? "true" : "false",
        ["WorkflowHub:Scripts:Timeout"] = "00:00:01",
        ["WorkflowHub:Scripts:MaxAllocatedBytes"] = (32 * 1024 * 1024).ToString(),
    });
}
