using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.Security.Http;

/// <summary>
/// Headers that keep browsers from misreading or framing our answers, chosen by path prefix so a door added later
/// (the studio at <c>/studio</c>) is covered the day it lands: the studio may load only its own files (and the small images
/// and fonts a Vite build inlines as data: URLs), GraphiQL also the inline styles and data: fonts its editor needs (checked
/// in Chromium: no violation with this policy, several without them), and API answers nothing at all.
/// </summary>
public static class SecurityHeaders
{
    public const string StudioPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string GraphiQLPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseWorkflowHubSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    public static string PolicyFor(PathString path) =>
        path.StartsWithSegments("/studio", StringComparison.OrdinalIgnoreCase) ? StudioPolicy
        : path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase) ? GraphiQLPolicy
        : ApiPolicy;

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.TryAdd("Content-Security-Policy", PolicyFor(context.Request.Path));
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        // Over plain HTTP the header means nothing to a browser (and must not be sent, RFC 6797 §7.2).
        if (context.Request.IsHttps) headers.TryAdd("Strict-Transport-Security", StrictTransportSecurity);
    }
}
