using System.Text.Json.Nodes;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Engine.Runtime;

internal static class WorkflowStarter
{
    public static WorkflowInstance NewInstance(WorkflowDefinition definition, DateTimeOffset now, string? actor, string? businessKey, string? startRequestId) => new()
    {
        Id = Guid.CreateVersion7(now),
        DefinitionId = definition.DefinitionId,
        DefinitionVersion = definition.Version,
        Status = InstanceStatus.Running,
        BusinessKey = businessKey,
        StartRequestId = startRequestId,
        StartedBy = actor,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Checks the start input against the declared inputs; every problem is reported at once.</summary>
    public static JsonObject CoerceInput(WorkflowDefinition definition, JsonNode? input)
    {
        var given = input switch
        {
            null => new JsonObject(),
            JsonObject o => (JsonObject)o.DeepClone(),
            _ => throw new WorkflowInputException([new ValidationError("$", $"The start input must be a JSON object, not {input.GetValueKind()}.")])
        };
        var errors = new List<ValidationError>();
        foreach (var declared in definition.Inputs)
        {
            var present = given.TryGetPropertyValue(declared.Name, out var value) && value is not null;
            if (!present)
            {
                if (declared.Required && declared.Default is null)
                    errors.Add(new ValidationError($"$.{declared.Name}", $"Input '{declared.Name}' is required by '{definition.DefinitionId}'."));
                continue;
            }
            if (!TypeMatches(declared.Type, value!))
                errors.Add(new ValidationError($"$.{declared.Name}", $"Input '{declared.Name}' should be {declared.Type} but is {value!.GetValueKind().ToString().ToLowerInvariant()}."));
        }
        if (errors.Count > 0) throw new WorkflowInputException(errors);
        return given;
    }

    private static bool TypeMatches(string type, JsonNode value) => type switch
    {
        "string" => value.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "number" => value.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "boolean" => value.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        _ => true,
    };
}

/// <summary>The start input does not match what the definition declares.</summary>
public sealed class WorkflowInputException(IReadOnlyList<ValidationError> errors)
    : Exception("The workflow input is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
