using System.Text.RegularExpressions;
using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.OrgUnits;

/// <summary>Field checks shared by the mutations and the importer, so a unit is refused for the same reasons either way.</summary>
public static partial class OrgUnitRules
{
    public const int MaxIdLength = 64;

    // Ids become path segments: '/' would break the subtree ranges, so ids keep to a plain alphabet.
    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();

    public static void CheckId(string? id, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(id)) errors.Add(new ValidationError(path, "An id is required."));
        else if (id.Length > MaxIdLength) errors.Add(new ValidationError(path, $"An id has at most {MaxIdLength} characters."));
        else if (!IdPattern().IsMatch(id)) errors.Add(new ValidationError(path, "An id may hold letters, digits, '.', '_' and '-' only."));
    }

    public static void CheckName(string? name, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new ValidationError(path, "A name is required."));
        else if (name.Length > 200) errors.Add(new ValidationError(path, "A name has at most 200 characters."));
    }

    public static void CheckCoordinates(double? latitude, double? longitude, string basePath, List<ValidationError> errors)
    {
        if (latitude is { } lat && (double.IsNaN(lat) || lat is < -90 or > 90)) errors.Add(new ValidationError(basePath + "latitude", "A latitude lies between -90 and 90."));
        if (longitude is { } lon && (double.IsNaN(lon) || lon is < -180 or > 180)) errors.Add(new ValidationError(basePath + "longitude", "A longitude lies between -180 and 180."));
        if (latitude.HasValue != longitude.HasValue) errors.Add(new ValidationError(basePath + (latitude.HasValue ? "longitude" : "latitude"), "Give both coordinates or neither."));
    }

    public static void CheckCalendar(string? calendar, string path, List<ValidationError> errors)
    {
        if (calendar is { Length: > 100 }) errors.Add(new ValidationError(path, "A calendar name has at most 100 characters."));
    }

    /// <summary>The ids on a path, from the root down, the unit itself last.</summary>
    public static IReadOnlyList<string> IdsOnPath(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
