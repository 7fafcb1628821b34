using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Expressions;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Engine.Definitions;

/// <summary>
/// Reads definition JSON and checks everything before anything runs. Every error found is
/// reported, each with its JSON path, rather than stopping at the first.
/// </summary>
public sealed partial class DefinitionLoader(IActivityRegistry registry, IExpressionEvaluator expressions)
{
    private static readonly string[] TopLevelFields = ["$schema", "definitionId", "name", "version", "description", "variables", "inputs", "activities", "connections", "layout", "startCron", "startCronTimeZone"];
    private static readonly string[] ValueTypes = ["string", "number", "boolean", "object", "array", "any"];

    public DefinitionLoadResult Load(string json)
    {
        var errors = new List<ValidationError>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new ValidationError("$", $"Not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message.Split(" Path:")[0]}"));
            return new DefinitionLoadResult(null, errors);
        }
        if (root is not JsonObject obj)
        {
            errors.Add(new ValidationError("$", "A workflow definition must be a JSON object."));
            return new DefinitionLoadResult(null, errors);
        }
        var definition = Read(obj, errors);
        if (definition is not null) CheckGraph(definition, errors);
        return new DefinitionLoadResult(errors.Count == 0 ? definition : null, errors);
    }

    /// <summary>Loads a definition that must be valid (a stored, published version).</summary>
    public WorkflowDefinition LoadValid(string json, int? version = null)
    {
        var result = Load(json);
        if (result.Definition is null) throw new DefinitionInvalidException(result.Errors);
        return version is null ? result.Definition : new WorkflowDefinition
        {
            DefinitionId = result.Definition.DefinitionId,
            Name = result.Definition.Name,
            Version = version.Value,
            Description = result.Definition.Description,
            Variables = result.Definition.Variables,
            Inputs = result.Definition.Inputs,
            Activities = result.Definition.Activities,
            Connections = result.Definition.Connections,
            Layout = result.Definition.Layout,
            StartCron = result.Definition.StartCron,
            StartCronTimeZone = result.Definition.StartCronTimeZone,
        };
    }

    private WorkflowDefinition? Read(JsonObject obj, List<ValidationError> errors)
    {
        foreach (var field in obj.Select(p => p.Key).Where(k => !TopLevelFields.Contains(k)))
            errors.Add(new ValidationError($"$.{field}", $"Unknown field '{field}'. Allowed: {string.Join(", ", TopLevelFields.Skip(1))}."));

        var definitionId = RequiredString(obj, "definitionId", "$", errors);
        if (definitionId is not null && !DefinitionIdPattern().IsMatch(definitionId))
            errors.Add(new ValidationError("$.definitionId", $"'{definitionId}' is not a valid definition id: use lower-case letters, digits and '-', starting with a letter."));
        var name = RequiredString(obj, "name", "$", errors);
        var version = 1;
        if (obj["version"] is { } v && (v.GetValueKind() != JsonValueKind.Number || !v.AsValue().TryGetValue(out version) || version < 1))
            errors.Add(new ValidationError("$.version", "version must be an integer of 1 or more."));
        var description = obj["description"] is JsonValue dv && dv.TryGetValue<string>(out var d) ? d : null;

        var variables = ReadDeclarations(obj, "variables", errors, (n, t, item) => new VariableDeclaration(n, t, item["default"]?.DeepClone()));
        var inputs = ReadDeclarations(obj, "inputs", errors, (n, t, item) =>
            new InputDeclaration(n, t, item["required"] is JsonValue r && r.TryGetValue<bool>(out var req) && req, item["default"]?.DeepClone()));
        var activities = ReadActivities(obj, errors);
        var connections = ReadConnections(obj, errors);
        JsonObject? layout = null;
        if (obj["layout"] is { } l)
        {
            if (l is JsonObject lo) layout = (JsonObject)lo.DeepClone();
            else errors.Add(new ValidationError("$.layout", "layout must be an object."));
        }
        var (startCron, startCronTimeZone) = ReadStartCron(obj, inputs, errors);
        if (definitionId is null || name is null) return null;
        return new WorkflowDefinition
        {
            DefinitionId = definitionId,
            Name = name,
            Version = version,
            Description = description,
            Variables = variables,
            Inputs = inputs,
            Activities = activities,
            Connections = connections,
            Layout = layout,
            StartCron = startCron,
            StartCronTimeZone = startCronTimeZone,
        };
    }

    private static (string?, string?) ReadStartCron(JsonObject obj, List<InputDeclaration> inputs, List<ValidationError> errors)
    {
        string? cron = null, zone = null;
        if (obj["startCron"] is { } c)
        {
            if (c is JsonValue cv && cv.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
            {
                if (Timing.CronSchedule.TryParse(text, out _, out var error)) cron = text;
                else errors.Add(new ValidationError("$.startCron", error!));
            }
            else errors.Add(new ValidationError("$.startCron", "startCron must be a cron expression such as \"0 9 1 * *\" (09:00 on the 1st of each month)."));
            foreach (var required in inputs.Where(i => i.Required && i.Default is null))
                errors.Add(new ValidationError("$.startCron", $"A workflow started by startCron gets no input, but input '{required.Name}' is required without a default."));
        }
        if (obj["startCronTimeZone"] is { } z)
        {
            if (z is JsonValue zv && zv.TryGetValue<string>(out var id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)) zone = id;
            else errors.Add(new ValidationError("$.startCronTimeZone", $"startCronTimeZone must be an IANA time zone such as \"{WorkflowDefinition.DefaultTimeZone}\"."));
            if (obj["startCron"] is null) errors.Add(new ValidationError("$.startCronTimeZone", "startCronTimeZone is only meaningful with startCron."));
        }
        return (cron, zone);
    }

    private static List<T> ReadDeclarations<T>(JsonObject obj, string field, List<ValidationError> errors, Func<string, string, JsonObject, T> create)
    {
        var result = new List<T>();
        if (obj[field] is null) return result;
        if (obj[field] is not JsonArray array)
        {
            errors.Add(new ValidationError($"$.{field}", $"{field} must be an array."));
            return result;
        }
        var seen = new HashSet<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.{field}[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add(new ValidationError(path, "Each entry must be an object with 'name' and 'type'."));
                continue;
            }
            var name = RequiredString(item, "name", path, errors);
            if (name is not null && !IdentifierPattern().IsMatch(name))
                errors.Add(new ValidationError($"{path}.name", $"'{name}' is not a valid name: use letters, digits and '_', not starting with a digit."));
            else if (name is not null && !seen.Add(name))
                errors.Add(new ValidationError($"{path}.name", $"'{name}' is declared twice in {field}."));
            var type = item["type"] is JsonValue tv && tv.TryGetValue<string>(out var t) ? t : "any";
            if (!ValueTypes.Contains(type))
                errors.Add(new ValidationError($"{path}.type", $"Unknown type '{type}'. Use one of: {string.Join(", ", ValueTypes)}."));
            if (name is not null) result.Add(create(name, type, item));
        }
        return result;
    }

    private List<ActivityDefinition> ReadActivities(JsonObject obj, List<ValidationError> errors)
    {
        var result = new List<ActivityDefinition>();
        if (obj["activities"] is not JsonArray array)
        {
            errors.Add(new ValidationError("$.activities", obj["activities"] is null ? "activities is required." : "activities must be an array."));
            return result;
        }
        var seen = new HashSet<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.activities[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add(new ValidationError(path, "Each activity must be an object with 'id', 'type' and 'properties'."));
                continue;
            }
            var id = RequiredString(item, "id", path, errors);
            if (id is not null && !IdentifierPattern().IsMatch(id.Replace("-", "_")))
                errors.Add(new ValidationError($"{path}.id", $"'{id}' is not a valid activity id: use letters, digits, '_' and '-', starting with a letter."));
            else if (id is not null && !seen.Add(id))
                errors.Add(new ValidationError($"{path}.id", $"Activity id '{id}' is used more than once."));
            var type = RequiredString(item, "type", path, errors);
            var properties = item["properties"] switch
            {
                null => new JsonObject(),
                JsonObject p => (JsonObject)p.DeepClone(),
                _ => null,
            };
            if (properties is null)
            {
                errors.Add(new ValidationError($"{path}.properties", "properties must be an object."));
                properties = [];
            }
            var name = item["name"] is JsonValue nv && nv.TryGetValue<string>(out var n) ? n : null;
            if (id is null || type is null) continue;
            var activity = new ActivityDefinition(id, type, name, properties, i);
            var implementation = registry.Find(type);
            if (implementation is null)
                errors.Add(new ValidationError($"{path}.type", $"Unknown activity type '{type}'. Known types: {string.Join(", ", registry.All.Select(a => a.Descriptor.Type).Order())}."));
            else
                CheckProperties(activity, implementation, path, errors);
            result.Add(activity);
        }
        return result;
    }

    private void CheckProperties(ActivityDefinition activity, IActivity implementation, string path, List<ValidationError> errors)
    {
        var descriptors = implementation.Descriptor.Properties;
        foreach (var (key, value) in activity.Properties)
        {
            var propertyPath = $"{path}.properties.{key}";
            var descriptor = descriptors.FirstOrDefault(p => p.Name == key);
            if (descriptor is null)
            {
                errors.Add(new ValidationError(propertyPath, $"{implementation.Descriptor.Type} has no property '{key}'. Its properties: {string.Join(", ", descriptors.Select(p => p.Name))}."));
                continue;
            }
            if (value is null)
            {
                if (descriptor.Required) errors.Add(new ValidationError(propertyPath, $"'{key}' is required and cannot be null."));
                continue;
            }
            CheckValue(descriptor, value, propertyPath, errors);
        }
        foreach (var required in descriptors.Where(p => p.Required && !activity.Properties.ContainsKey(p.Name)))
            errors.Add(new ValidationError($"{path}.properties.{required.Name}", $"{implementation.Descriptor.Type} '{activity.Id}' needs the property '{required.Name}'" +
                (required.Description is null ? "." : $" ({required.Description}).")));
        implementation.Validate(activity, new ActivityValidation(path, errors));
    }

    private void CheckValue(PropertyDescriptor descriptor, JsonNode value, string path, List<ValidationError> errors)
    {
        var text = value is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : null;
        var literalOnly = descriptor.Kind is PropertyKind.StringList or PropertyKind.Cases or PropertyKind.Script or PropertyKind.Condition;
        if (text is not null && text.StartsWith('=') && !literalOnly)
        {
            CheckSyntax(text[1..], isScript: false, path, errors);
            return;
        }
        string? problem = descriptor.Kind switch
        {
            PropertyKind.Text or PropertyKind.Choice when text is null => "should be text.",
            PropertyKind.Choice when !descriptor.Choices!.Contains(text) => $"'{text}' is not one of: {string.Join(", ", descriptor.Choices!)}.",
            PropertyKind.Duration when text is null => "should be a duration such as \"PT2H\", \"7d\" or an '=' expression.",
            PropertyKind.Duration when !Timing.DurationParser.TryParse(text, out _, out var e) => e,
            PropertyKind.Instant when text is null || !DateTimeOffset.TryParse(text, out _) => "should be an ISO-8601 date and time such as \"2026-12-01T09:00:00+08:00\".",
            PropertyKind.Cron when text is null => "should be a cron expression such as \"0 9 * * MON-FRI\".",
            PropertyKind.Cron when !Timing.CronSchedule.TryParse(text, out _, out var e) => e,
            PropertyKind.Boolean when value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) => "should be true or false.",
            PropertyKind.Number when value.GetValueKind() != JsonValueKind.Number => "should be a number.",
            PropertyKind.StringList => CheckStringList(value),
            PropertyKind.Script when text is null => "should be JavaScript source text.",
            PropertyKind.Condition when text is null => "should be a JavaScript condition such as \"variables.amount > 100\".",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add(new ValidationError(path, problem));
            return;
        }
        switch (descriptor.Kind)
        {
            case PropertyKind.Script:
                CheckSyntax(text!, isScript: true, path, errors);
                break;
            case PropertyKind.Condition:
                CheckSyntax(text!.TrimStart('='), isScript: false, path, errors);
                break;
            case PropertyKind.Cases:
                CheckCases(value, path, errors);
                break;
            case PropertyKind.FormFields:
                CheckFormFields(value, path, errors);
                break;
            case PropertyKind.Json or PropertyKind.Expression:
                CheckNestedExpressions(value, path, errors);
                break;
        }
    }

    private static string? CheckStringList(JsonNode value) =>
        value is JsonArray a && a.Count > 0 && a.All(i => i is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0)
            ? a.Select(i => i!.GetValue<string>()).GroupBy(x => x).FirstOrDefault(g => g.Count() > 1) is { } dup ? $"'{dup.Key}' appears more than once." : null
            : "should be a non-empty array of names.";

    private void CheckCases(JsonNode value, string path, List<ValidationError> errors)
    {
        if (value is not JsonArray cases || cases.Count == 0)
        {
            errors.Add(new ValidationError(path, "should be a non-empty array of { \"outcome\": ..., \"condition\": ... }."));
            return;
        }
        for (var i = 0; i < cases.Count; i++)
        {
            var casePath = $"{path}[{i}]";
            if (cases[i] is not JsonObject c)
            {
                errors.Add(new ValidationError(casePath, "each case must be an object with 'outcome' and 'condition'."));
                continue;
            }
            RequiredString(c, "outcome", casePath, errors);
            if (RequiredString(c, "condition", casePath, errors) is { } condition)
                CheckSyntax(condition.TrimStart('='), isScript: false, $"{casePath}.condition", errors);
        }
    }

    private static readonly string[] FieldTypes = ["text", "textarea", "number", "boolean", "date", "select"];

    private void CheckFormFields(JsonNode value, string path, List<ValidationError> errors)
    {
        if (value is not JsonArray fields)
        {
            errors.Add(new ValidationError(path, "should be an array of { \"name\", \"label\", \"type\", \"required\" }."));
            return;
        }
        for (var i = 0; i < fields.Count; i++)
        {
            var fieldPath = $"{path}[{i}]";
            if (fields[i] is not JsonObject f)
            {
                errors.Add(new ValidationError(fieldPath, "each form field must be an object."));
                continue;
            }
            RequiredString(f, "name", fieldPath, errors);
            var type = f["type"] is JsonValue t && t.TryGetValue<string>(out var ts) ? ts : "text";
            if (!FieldTypes.Contains(type))
                errors.Add(new ValidationError($"{fieldPath}.type", $"Unknown form field type '{type}'. Use one of: {string.Join(", ", FieldTypes)}."));
            if (type == "select" && f["options"] is not JsonArray)
                errors.Add(new ValidationError($"{fieldPath}.options", "A select field needs an 'options' array."));
        }
    }

    private void CheckNestedExpressions(JsonNode value, string path, List<ValidationError> errors)
    {
        switch (value)
        {
            case JsonObject o:
                foreach (var (k, v) in o) if (v is not null) CheckNestedExpressions(v, $"{path}.{k}", errors);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) if (a[i] is { } item) CheckNestedExpressions(item, $"{path}[{i}]", errors);
                break;
            case JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith('='):
                CheckSyntax(s[1..], isScript: false, path, errors);
                break;
        }
    }

    private void CheckSyntax(string code, bool isScript, string path, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
            errors.Add(new ValidationError(path, isScript ? "The script is empty." : "The expression after '=' is empty."));
        else if (expressions.CheckSyntax(code, isScript) is { } problem)
            errors.Add(new ValidationError(path, problem));
    }

    private static List<Connection> ReadConnections(JsonObject obj, List<ValidationError> errors)
    {
        var result = new List<Connection>();
        if (obj["connections"] is null) return result;
        if (obj["connections"] is not JsonArray array)
        {
            errors.Add(new ValidationError("$.connections", "connections must be an array."));
            return result;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.connections[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add(new ValidationError(path, "Each connection must be an object with 'from', 'outcome' and 'to'."));
                continue;
            }
            var from = RequiredString(item, "from", path, errors);
            var to = RequiredString(item, "to", path, errors);
            var outcome = item["outcome"] is JsonValue ov && ov.TryGetValue<string>(out var o) ? o : ActivityResult.DefaultOutcome;
            if (from is not null && to is not null) result.Add(new Connection(from, outcome, to, i));
        }
        return result;
    }

    private void CheckGraph(WorkflowDefinition definition, List<ValidationError> errors)
    {
        var ids = definition.Activities.Select(a => a.Id).ToHashSet();
        foreach (var c in definition.Connections)
        {
            var path = $"$.connections[{c.Index}]";
            if (!ids.Contains(c.From)) errors.Add(new ValidationError($"{path}.from", $"No activity '{c.From}' to connect from."));
            if (!ids.Contains(c.To)) errors.Add(new ValidationError($"{path}.to", $"No activity '{c.To}' to connect to."));
            if (definition.FindActivity(c.From) is { } source && registry.Find(source.Type) is { } type)
            {
                var outcomes = SafeOutcomes(type, source);
                if (outcomes is not null && !outcomes.Contains(c.Outcome))
                    errors.Add(new ValidationError($"{path}.outcome", outcomes.Count == 0
                        ? $"'{c.From}' ({source.Type}) has no outcomes, so nothing can follow it."
                        : $"'{c.From}' ({source.Type}) has no outcome '{c.Outcome}'. Its outcomes: {string.Join(", ", outcomes)}."));
            }
            if (definition.FindActivity(c.To)?.Type == "Start")
                errors.Add(new ValidationError($"{path}.to", "Nothing may lead into Start."));
        }

        var starts = definition.Activities.Where(a => a.Type == "Start").ToList();
        if (starts.Count == 0)
        {
            errors.Add(new ValidationError("$.activities", "A definition needs exactly one Start activity; it has none."));
            return;
        }
        foreach (var extra in starts.Skip(1))
            errors.Add(new ValidationError($"$.activities[{extra.Index}]", $"A definition needs exactly one Start activity; '{extra.Id}' is a second one."));

        var reachable = FlowchartGraph.ReachableFrom(definition, starts[0].Id);
        foreach (var activity in definition.Activities.Where(a => !reachable.Contains(a.Id) && a.Type != "Start"))
            errors.Add(new ValidationError($"$.activities[{activity.Index}]", $"'{activity.Id}' cannot be reached from Start."));

        var graph = new FlowchartGraph(definition);
        foreach (var join in definition.Activities.Where(a => a.Type == "Join" && graph.ForkOf(a.Id) is null))
            errors.Add(new ValidationError($"$.activities[{join.Index}]", $"Join '{join.Id}' has no Fork upstream to match."));
    }

    private static IReadOnlyCollection<string>? SafeOutcomes(IActivity type, ActivityDefinition activity)
    {
        try { return type.Outcomes(activity).ToHashSet(); }
        catch (Exception) { return null; } // its property errors are reported already
    }

    private static string? RequiredString(JsonObject obj, string field, string path, List<ValidationError> errors)
    {
        if (obj[field] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)) return s;
        errors.Add(new ValidationError($"{path}.{field}", obj[field] is null ? $"'{field}' is required." : $"'{field}' must be a non-empty string."));
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex DefinitionIdPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}

public sealed record DefinitionLoadResult(WorkflowDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    public bool IsValid => Definition is not null;
}
