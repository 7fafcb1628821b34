using System.Collections.Concurrent;
using WorkflowHub.GraphQL.Execution.Planning;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// What is worked out once per document text: the parse and validation outcome, the fragments and,
/// when field collection does not depend on variables, the root selection plans of its operations.
/// </summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, SelectionPlan>? _rootPlans;
    private readonly PlanContext? _sharedPlanContext;

    public CachedDocument(Schema schema, DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        if (document is not null)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case OperationDefinitionNode operation:
                        operations.Add(operation);
                        break;
                    case FragmentDefinitionNode fragment:
                        fragments.TryAdd(fragment.Name.Value, fragment);
                        break;
                }
            }

            HasVariableConditions = FieldCollector.HasVariableConditions(document);
        }

        Fragments = fragments;
        Operations = operations;
        if (!HasVariableConditions)
        {
            _sharedPlanContext = new PlanContext(schema, fragments, null);
            _rootPlans = new ConcurrentDictionary<OperationDefinitionNode, SelectionPlan>(ReferenceEqualityComparer.Instance);
        }
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    /// <summary>True when some <c>@skip</c>/<c>@include</c> reads a variable: plans are then built per request.</summary>
    public bool HasVariableConditions { get; }

    /// <summary>The root plan of an operation: shared when possible, else built for these variables.</summary>
    public SelectionPlan RootPlan(Schema schema, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (_rootPlans is null)
        {
            return FieldCollector.CollectRoot(new PlanContext(schema, Fragments, variables), rootType, operation.SelectionSet);
        }

        if (_rootPlans.TryGetValue(operation, out var plan))
        {
            return plan;
        }

        return _rootPlans.GetOrAdd(operation, FieldCollector.CollectRoot(_sharedPlanContext!, rootType, operation.SelectionSet));
    }
}
