using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution.Planning;

/// <summary>
/// What field collection depends on: the schema, the document's fragments and, when <c>@skip</c>/<c>@include</c>
/// read variables, the request's variables (then plans are built per request; otherwise they are shared by
/// every request for the same document).
/// </summary>
internal sealed class PlanContext(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?>? variables)
{
    public Schema Schema { get; } = schema;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public IReadOnlyDictionary<string, object?>? Variables { get; } = variables;
}
