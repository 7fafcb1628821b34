using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Designer;

[GraphQLName("WorkflowDefinitionValidation")]
public sealed class DefinitionValidationNode
{
    public bool Valid { get; init; }
    [GraphQLDescription("Every problem found, in the order the validator found them; empty when valid.")]
    public required IReadOnlyList<DefinitionProblemNode> Problems { get; init; }
}

[GraphQLName("WorkflowDefinitionProblem")]
[GraphQLDescription("One problem, with its JSON path and, when the path is inside an activity or connection, what it points at.")]
public sealed partial class DefinitionProblemNode
{
    [GraphQLDescription("e.g. $.activities[3].properties.deadline")]
    public required string Path { get; init; }
    public required string Message { get; init; }
    [GraphQLDescription("The id of the activity the path is in (for a connection: the one its 'to' or else 'from' names).")]
    public string? ActivityId { get; init; }
    [GraphQLDescription("The property of that activity the problem is about, e.g. deadline.")]
    public string? Property { get; init; }
    public int? ConnectionIndex { get; init; }

    public static DefinitionProblemNode From(ValidationError error, JsonNode? root)
    {
        var activity = ActivityPath().Match(error.Path);
        if (activity.Success)
        {
            var index = int.Parse(activity.Groups["index"].Value);
            return new DefinitionProblemNode
            {
                Path = error.Path, Message = error.Message,
                ActivityId = Id(root?["activities"], index, "id"),
                Property = activity.Groups["property"].Success ? activity.Groups["property"].Value : null,
            };
        }
        var connection = ConnectionPath().Match(error.Path);
        if (connection.Success)
        {
            var index = int.Parse(connection.Groups["index"].Value);
            var field = connection.Groups["field"].Success ? connection.Groups["field"].Value : null;
            return new DefinitionProblemNode
            {
                Path = error.Path, Message = error.Message, ConnectionIndex = index,
                ActivityId = Id(root?["connections"], index, field == "to" ? "to" : "from"),
            };
        }
        return new DefinitionProblemNode { Path = error.Path, Message = error.Message };
    }

    private static string? Id(JsonNode? array, int index, string field) =>
        array is JsonArray a && index < a.Count && a[index] is JsonObject o && o[field] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;

    [GeneratedRegex(@"^\$\.activities\[(?<index>\d+)\](\.properties\.(?<property>[A-Za-z_$][\w$-]*))?")]
    private static partial Regex ActivityPath();

    [GeneratedRegex(@"^\$\.connections\[(?<index>\d+)\](\.(?<field>\w+))?")]
    private static partial Regex ConnectionPath();
}
