using System.Globalization;
using Microsoft.AspNetCore.Http;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Open311.Documents;
using WorkflowHub.Open311.Services;
using WorkflowHub.Security.ApiKeys;

namespace WorkflowHub.Open311.Requests;

/// <summary>
/// POST requests: a form-encoded report from a civic app, with an API key, turned into the same intake call as GraphQL's
/// <c>submitServiceRequest</c> (channel APP, acting as the key's person). The intake checks the request; its refusals come
/// back as the spec's 400 list, each naming the Open311 parameter. Nothing is written unless every check passed.
/// </summary>
public sealed class RequestSubmission(ServiceRequestIntake intake, ServiceDirectory services, ApiKeyService keys, Open311Time time)
{
    private const int TitleLength = 100;

    public async Task<Record> SubmitAsync(HttpRequest http, CancellationToken ct)
    {
        var form = await ReadFormAsync(http, ct);
        var key = await AuthenticateAsync(http, form, ct);

        var code = Text(form, "service_code");
        if (code is null) throw Open311Exception.BadRequest("service_code: required.");
        var category = services.Find(code);
        var errors = new List<Open311Error>();
        var (answers, answerErrors) = AttributeAnswers.Read(form, category is null ? [] : services.AttributesOf(category.Code), time);
        errors.AddRange(answerErrors);
        var latitude = Number(form, "lat", errors);
        var longitude = Number(form, "long", errors);
        if (errors.Count > 0) throw new Open311Exception(errors);

        var description = Text(form, "description") ?? "";
        var input = new SubmitServiceRequestInput(
            Title: Title(description, category),
            Description: answers is null ? description : description.Length == 0 ? answers : description + "\n\n" + answers,
            Category: code,
            Channel: RequestChannel.App,
            Reporter: new ReporterInput(string.Join(" ", new[] { Text(form, "first_name"), Text(form, "last_name") }.Where(n => n is not null)), Text(form, "phone") ?? ""),
            OrgUnitId: Text(form, "address_id"),
            Latitude: latitude,
            Longitude: longitude,
            Location: Text(form, "address_string"));
        try
        {
            var submitted = await intake.SubmitAsync(input, key.PersonId, ct);
            return new Record
            {
                { "service_request_id", submitted.Id.ToString() },
                { "token", submitted.TrackingCode },
                { "service_notice", null },
                { "account_id", null },
            };
        }
        catch (ServiceRequestInputException e)
        {
            throw new Open311Exception(e.Errors.Select(error => new Open311Error(400, $"{Parameter(error.Path, input)}: {error.Message}")).ToList());
        }
    }

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasFormContentType)
            throw Open311Exception.BadRequest("A new request is posted form-encoded (application/x-www-form-urlencoded or multipart/form-data).");
        try { return await http.ReadFormAsync(ct); }
        catch (InvalidDataException e) { throw Open311Exception.BadRequest("The form could not be read: " + e.Message); }
    }

    /// <summary>The key may come as the spec's <c>api_key</c> (form or query) or, as elsewhere in WorkflowHub, as <c>X-Api-Key</c>.</summary>
    private async Task<ApiKey> AuthenticateAsync(HttpRequest http, IFormCollection form, CancellationToken ct)
    {
        var secret = Text(form, "api_key") ?? NonEmpty(http.Query["api_key"]) ?? NonEmpty(http.Headers["X-Api-Key"]);
        if (secret is null) throw new Open311Exception(403, "api_key: an API key is required to create a request.");
        return await keys.FindAsync(secret, ct) ?? throw new Open311Exception(403, "api_key: the API key is unknown or revoked.");
    }

    /// <summary>Open311 has no title: the first line of the description serves, or the service's name when there is none.</summary>
    private static string Title(string description, ServiceCategory? category)
    {
        var first = description.Split('\n', 2)[0].Trim();
        if (first.Length == 0) return category?.Name ?? "Open311";
        return first.Length <= TitleLength ? first : first[..(TitleLength - 1)] + "…";
    }

    private static string Parameter(string path, SubmitServiceRequestInput input) => path switch
    {
        "input.title" or "input.description" => "description",
        "input.category" => "service_code",
        "input.location" => "address_string",
        "input.latitude" => "lat",
        "input.longitude" => "long",
        "input.orgUnitId" => input.OrgUnitId is null ? "lat & long or address_id" : "address_id",
        "input.reporter.name" => "first_name/last_name",
        "input.reporter.phone" => "phone",
        _ => path.Replace("input.", "", StringComparison.Ordinal),
    };

    private static double? Number(IFormCollection form, string name, List<Open311Error> errors)
    {
        if (Text(form, name) is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        errors.Add(new(400, $"{name}: '{text}' is not a number."));
        return null;
    }

    private static string? Text(IFormCollection form, string name) => NonEmpty(form[name]);

    private static string? NonEmpty(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
}
