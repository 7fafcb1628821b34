using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Open311.Documents;
using WorkflowHub.Open311.Requests;
using WorkflowHub.Open311.Services;
using WorkflowHub.Persistence;
using WorkflowHub.Security.ApiKeys;

namespace WorkflowHub.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2/</c>: discovery, services and their definitions, requests (create, list,
/// one), tokens; each as <c>.json</c> or <c>.xml</c>. Errors are the spec's list of <c>{code, description}</c> with
/// status 400, 403 or 404. It needs only what the governance and security modules already register.
/// </summary>
public static class Open311Endpoints
{
    public const string Prefix = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static RouteGroupBuilder MapOpen311(this IEndpointRouteBuilder endpoints)
    {
        var options = LoadOptions(endpoints.ServiceProvider);
        var time = new Open311Time(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
        var directory = new ServiceDirectory(endpoints.ServiceProvider.GetRequiredService<ServiceCategoryCatalog>(), options);
        RequestReader Reader(HttpContext http) => new(http.RequestServices.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>(), directory, time);

        var group = endpoints.MapGroup(Prefix);
        group.MapGet("discovery.{format}", (HttpContext http, string format) =>
            RespondAsync(http, format, options, () => Task.FromResult(Open311Document.Of("discovery", Discovery(http, options, time)))));

        group.MapGet("services.{format}", (HttpContext http, string format) =>
            RespondAsync(http, format, options, () => Task.FromResult(Open311Document.Of("services", "service", directory.All.Select(directory.Service)))));

        group.MapGet("services/{code}.{format}", (HttpContext http, string code, string format) =>
            RespondAsync(http, format, options, () => Task.FromResult(Open311Document.Of("service_definition",
                directory.Definition(directory.Find(code) ?? throw Open311Exception.NotFound($"service_code: no service '{code}'."))))));

        group.MapPost("requests.{format}", (HttpContext http, string format) =>
            RespondAsync(http, format, options, async () =>
            {
                var submission = new RequestSubmission(http.RequestServices.GetRequiredService<ServiceRequestIntake>(), directory,
                    http.RequestServices.GetRequiredService<ApiKeyService>(), time);
                return Open311Document.Of("service_requests", "request", [await submission.SubmitAsync(http.Request, http.RequestAborted)]);
            }));

        group.MapGet("requests.{format}", (HttpContext http, string format) =>
            RespondAsync(http, format, options, async () =>
            {
                var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                var search = RequestSearch.Parse(http.Request.Query, options, time, now);
                return Open311Document.Of("service_requests", "request", await Reader(http).SearchAsync(search, http.RequestAborted));
            }));

        group.MapGet("requests/{id}.{format}", (HttpContext http, string id, string format) =>
            RespondAsync(http, format, options, async () =>
            {
                var found = Guid.TryParse(id, out var guid) ? await Reader(http).FindAsync(guid, http.RequestAborted) : null;
                return Open311Document.Of("service_requests", "request", [found ?? throw Open311Exception.NotFound($"service_request_id: no request '{id}'.")]);
            }));

        group.MapGet("tokens/{token}.{format}", (HttpContext http, string token, string format) =>
            RespondAsync(http, format, options, async () =>
            {
                var found = await Reader(http).FindTokenAsync(token, http.RequestAborted);
                return Open311Document.Of("service_requests", "request", [found ?? throw Open311Exception.NotFound($"token: no request with token '{token}'.")]);
            }));

        group.Map("{**rest}", (HttpContext http) => DocumentWriter.WriteAsync(http.Response, ResponseFormat.Json,
            Open311Exception.NotFound($"No GeoReport v2 resource at '{http.Request.Path}'.").ToDocument(), StatusCodes.Status404NotFound));
        return group;
    }

    /// <summary>Configuration first, then anything code configured with <c>services.Configure&lt;Open311Options&gt;</c>.</summary>
    internal static Open311Options LoadOptions(IServiceProvider services)
    {
        var options = new Open311Options();
        services.GetRequiredService<IConfiguration>().GetSection(Open311Options.Section).Bind(options);
        foreach (var setup in services.GetServices<IConfigureOptions<Open311Options>>()) setup.Configure(options);
        return options;
    }

    private static async Task RespondAsync(HttpContext http, string format, Open311Options options, Func<Task<Open311Document>> answer)
    {
        if (ResponseFormats.Parse(format) is not { } chosen)
        {
            await DocumentWriter.WriteAsync(http.Response, ResponseFormat.Json,
                Open311Exception.NotFound($"format: '{format}' is not served; use .json or .xml.").ToDocument(), StatusCodes.Status404NotFound);
            return;
        }
        try
        {
            await CheckJurisdictionAsync(http, options);
            await DocumentWriter.WriteAsync(http.Response, chosen, await answer());
        }
        catch (Open311Exception e)
        {
            await DocumentWriter.WriteAsync(http.Response, chosen, e.ToDocument(), e.Status);
        }
    }

    private static async Task CheckJurisdictionAsync(HttpContext http, Open311Options options)
    {
        if (string.IsNullOrEmpty(options.JurisdictionId)) return;
        string? given = http.Request.Query["jurisdiction_id"];
        if (string.IsNullOrEmpty(given) && http.Request.HasFormContentType) given = (await http.Request.ReadFormAsync(http.RequestAborted))["jurisdiction_id"];
        if (!string.IsNullOrEmpty(given) && !string.Equals(given, options.JurisdictionId, StringComparison.OrdinalIgnoreCase))
            throw Open311Exception.BadRequest($"jurisdiction_id: '{given}' is not served here; this endpoint serves '{options.JurisdictionId}'.");
    }

    private static Record Discovery(HttpContext http, Open311Options options, Open311Time time) => new()
    {
        { "changeset", time.Format(options.Changeset) },
        { "contact", options.Contact },
        { "key_service", options.KeyService },
        {
            "endpoints", new RecordList("endpoint",
            [
                new Record
                {
                    { "specification", Specification },
                    { "url", $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Prefix}" },
                    { "changeset", time.Format(options.Changeset) },
                    { "type", "production" },
                    { "formats", new TextList("format", ["application/json", "text/xml"]) },
                },
            ])
        },
    };
}
