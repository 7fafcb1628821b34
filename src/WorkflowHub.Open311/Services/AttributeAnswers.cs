using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.Open311.Services;

/// <summary>
/// Reads a POST's <c>attribute[code]</c> answers (<c>attribute[code][]</c> repeated for a multi value list) against the
/// service's definitions. The request keeps them as lines at the end of its description ("question: answer"), so the
/// grid worker reads them where they read the rest. Codes the service does not ask are ignored, as the spec allows.
/// </summary>
public static class AttributeAnswers
{
    public const int MaxAnswer = 500;

    public static (string? Block, List<Open311Error> Errors) Read(IFormCollection form, IReadOnlyList<KeyValuePair<string, AttributeSettings>> attributes, Open311Time time)
    {
        var errors = new List<Open311Error>();
        var lines = new List<string>();
        foreach (var (code, attribute) in attributes.Where(a => a.Value.Variable))
        {
            var name = $"attribute[{code}]";
            var given = form[name].Concat(form[name + "[]"]).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (given.Count == 0)
            {
                if (attribute.Required) errors.Add(new(400, $"{name}: required: {attribute.Description}"));
                continue;
            }
            var problem = Check(attribute, given, time);
            if (problem is not null) errors.Add(new(400, $"{name}: {problem}"));
            else lines.Add($"{(attribute.Description.Length > 0 ? attribute.Description : code)}: {Render(attribute, given)}");
        }
        return (lines.Count == 0 ? null : string.Join("\n", lines), errors);
    }

    private static string? Check(AttributeSettings attribute, List<string> given, Open311Time time)
    {
        if (attribute.Datatype != AttributeDatatype.MultiValueList && given.Count > 1) return "expects one value.";
        if (given.Any(v => v.Length > MaxAnswer)) return $"an answer is longer than {MaxAnswer} characters.";
        var keys = attribute.Values.Select(v => v.Key).ToList();
        return attribute.Datatype switch
        {
            AttributeDatatype.Number when !double.TryParse(given[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _) => $"'{given[0]}' is not a number.",
            AttributeDatatype.Datetime when !time.TryParse(given[0], out _) => $"'{given[0]}' is not a date such as 2026-11-02T09:00:00+08:00.",
            AttributeDatatype.SingleValueList or AttributeDatatype.MultiValueList when given.FirstOrDefault(v => !keys.Contains(v)) is { } unknown =>
                $"'{unknown}' is not one of {string.Join(", ", keys)}.",
            _ => null,
        };
    }

    private static string Render(AttributeSettings attribute, List<string> given) => attribute.Datatype switch
    {
        AttributeDatatype.SingleValueList or AttributeDatatype.MultiValueList =>
            string.Join(", ", given.Select(v => attribute.Values.First(x => x.Key == v).Name)),
        _ => given[0],
    };
}
