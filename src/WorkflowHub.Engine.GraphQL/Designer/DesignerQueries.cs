using System.Text.Json.Nodes;
using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Definitions;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Engine.GraphQL.Designer;

/// <summary>What the studio's designer asks of the engine: the activity catalogue and validation without saving.</summary>
[QueryType]
public sealed class DesignerQueries
{
    [Authorize]
    [GraphQLDescription("Every registered activity type, built-in and domain, by category then type.")]
    public IReadOnlyList<ActivityTypeNode> GetActivityTypes([Service] IActivityRegistry registry) =>
        registry.All.Select(ActivityTypeNode.From).OrderBy(t => t.Category, StringComparer.Ordinal).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();

    [Authorize(EngineRoles.WorkflowAdmin)]
    [GraphQLDescription("Runs the engine's full validation of a definition without storing anything: every problem with its JSON path.")]
    public DefinitionValidationNode ValidateWorkflowDefinition(JsonNode definition, [Service] DefinitionLoader loader)
    {
        var result = loader.Load(definition.ToJsonString());
        return new DefinitionValidationNode
        {
            Valid = result.Errors.Count == 0,
            Problems = result.Errors.Select(e => DefinitionProblemNode.From(e, definition)).ToList(),
        };
    }
}
