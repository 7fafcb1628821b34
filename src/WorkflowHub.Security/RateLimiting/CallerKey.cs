using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Security.RateLimiting;

/// <summary>Who a request counts against: the API key, the staff account or the resident's tracking code, else the IP address.</summary>
public static class CallerKey
{
    public static (string Key, bool SignedIn) Of(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (user.FindFirst(ActorClaims.ApiKey)?.Value is { } key) return ("api-key:" + key, true);
            if (user.FindFirst(ActorClaims.Account)?.Value is { } account) return ("account:" + account, true);
            if (user.FindFirst(ActorClaims.TrackingCode)?.Value is { } code) return ("resident:" + code, true);
            if (user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } person) return ("person:" + person, true);
        }

        return (Address(context), false);
    }

    /// <summary>The client's address as the server sees it (behind a proxy, configure forwarded headers so this is the client's).</summary>
    public static string Address(HttpContext context) => "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
