using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>
/// The one place the executor asks for spec validation. Until the validation rules are merged, only the
/// executable-definitions rule is checked here; the executor itself tolerates invalid documents (unknown
/// fields are skipped, bad arguments become field errors).
/// </summary>
internal static class DocumentValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
    {
        List<GraphQLError>? errors = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not IExecutableDefinitionNode)
            {
                var name = definition is ITypeDefinitionNode typeDefinition ? typeDefinition.Name.Value
                    : definition is ITypeExtensionNode extension ? extension.Name.Value
                    : definition is DirectiveDefinitionNode directive ? directive.Name.Value
                    : "schema";
                (errors ??= []).Add(GraphQLError.WithCode(
                    $"The \"{name}\" definition is not executable.",
                    ErrorCodes.ValidationFailed,
                    [Locations.Of(definition)]));
            }
        }

        return errors is null ? [] : errors;
    }
}
