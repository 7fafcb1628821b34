using System.Globalization;
using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.OrgUnits.Import;

/// <summary>Typed reads of import fields that record a problem instead of throwing, so every bad field of a file is reported.</summary>
internal static class ImportValues
{
    public static double? Number(ImportRow row, string field, List<ValidationError> errors)
    {
        if (row[field] is not { } text) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(new ValidationError(row.PathOf(field), $"'{text}' is not a number."));
        return null;
    }

    public static bool Flag(ImportRow row, string field, List<ValidationError> errors)
    {
        switch (row[field]?.ToLowerInvariant())
        {
            case null or "false" or "0" or "no" or "n": return false;
            case "true" or "1" or "yes" or "y": return true;
            default:
                errors.Add(new ValidationError(row.PathOf(field), $"'{row[field]}' is not true or false."));
                return false;
        }
    }

    /// <summary>An enum by name, ignoring case, '-' and '_' ("neighbour-unit", "NEIGHBOUR_UNIT", "NeighbourUnit").</summary>
    public static T? Choice<T>(ImportRow row, string field, List<ValidationError> errors) where T : struct, Enum
    {
        if (row[field] is not { } text)
        {
            errors.Add(new ValidationError(row.PathOf(field), $"A {field} is required."));
            return null;
        }
        var plain = text.Replace("-", "").Replace("_", "");
        if (Enum.TryParse<T>(plain, ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsDigit(plain[0])) return value;
        errors.Add(new ValidationError(row.PathOf(field), $"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}."));
        return null;
    }
}
