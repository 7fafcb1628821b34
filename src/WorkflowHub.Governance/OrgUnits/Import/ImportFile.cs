using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.OrgUnits.Import;

public enum ImportFormat { Csv, Json }

/// <summary>One record of an import file: its fields by lower-cased name, and where it is, for error paths ("line 4." or "$[3].").</summary>
public sealed record ImportRow(string Where, IReadOnlyDictionary<string, string?> Fields)
{
    public string? this[string field] => Fields.TryGetValue(field.ToLowerInvariant(), out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string PathOf(string field) => Where + field;
}

/// <summary>
/// Reads a CSV file with a header line (RFC 4180 quoting; a record's line is where it starts) or a JSON array of
/// objects into rows. A file that cannot be read at all is one error with the place it broke.
/// </summary>
public static class ImportFile
{
    public static IReadOnlyList<ImportRow> Read(ImportFormat format, string content) =>
        format == ImportFormat.Csv ? ReadCsv(content) : ReadJson(content);

    private static IReadOnlyList<ImportRow> ReadJson(string content)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(content);
        }
        catch (JsonException e)
        {
            throw new OrgInputException($"$ (line {e.LineNumber + 1})", "The file is not valid JSON: " + e.Message);
        }
        if (root is not JsonArray items) throw new OrgInputException("$", "The file must be a JSON array of objects.");
        var rows = new List<ImportRow>();
        var errors = new List<ValidationError>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                errors.Add(new ValidationError($"$[{i}]", "Each entry must be a JSON object."));
                continue;
            }
            rows.Add(new ImportRow($"$[{i}].", item.ToDictionary(p => p.Key.ToLowerInvariant(), p => Text(p.Value))));
        }
        if (errors.Count > 0) throw new OrgInputException(errors);
        return rows;
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonArray list => string.Join(";", list.Select(Text)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    private static IReadOnlyList<ImportRow> ReadCsv(string content)
    {
        var records = CsvRecords(content).ToList();
        if (records.Count == 0) throw new OrgInputException("line 1", "The file is empty; it needs a header line.");
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var rows = new List<ImportRow>();
        var errors = new List<ValidationError>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count == 1 && string.IsNullOrWhiteSpace(fields[0])) continue;
            if (fields.Count > header.Count)
            {
                errors.Add(new ValidationError($"line {line}", $"{fields.Count} fields, but the header names {header.Count}."));
                continue;
            }
            var row = new Dictionary<string, string?>();
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < fields.Count ? fields[i] : null;
            rows.Add(new ImportRow($"line {line}.", row));
        }
        if (errors.Count > 0) throw new OrgInputException(errors);
        return rows;
    }

    private static IEnumerable<(int Line, List<string> Fields)> CsvRecords(string content)
    {
        var line = 1;
        var position = 0;
        while (position < content.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var ended = false;
            while (position < content.Length && !ended)
            {
                var c = content[position++];
                if (quoted)
                {
                    if (c == '"' && position < content.Length && content[position] == '"') { field.Append('"'); position++; }
                    else if (c == '"') quoted = false;
                    else
                    {
                        if (c == '\n') line++;
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0) quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else if (c == '\r') { }
                else if (c == '\n') { line++; ended = true; }
                else field.Append(c);
            }
            if (quoted) throw new OrgInputException($"line {start}", "A quoted field is not closed.");
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }
}
