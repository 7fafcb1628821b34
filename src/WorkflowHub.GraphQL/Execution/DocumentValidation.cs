using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Validation;

namespace WorkflowHub.GraphQL.Execution;

/// <summary>The one place the executor asks for spec validation; every error gets code GRAPHQL_VALIDATION_FAILED.</summary>
internal static class DocumentValidation
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options)
    {
        var found = DocumentValidator.Validate(schema, document, options);
        if (found.Count == 0)
        {
            return [];
        }

        var errors = new GraphQLError[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var locations = new SourceLocation[found[i].Locations.Count];
            for (var j = 0; j < locations.Length; j++)
            {
                locations[j] = new SourceLocation(found[i].Locations[j].Line, found[i].Locations[j].Column);
            }

            errors[i] = GraphQLError.WithCode(found[i].Message, ErrorCodes.ValidationFailed, locations);
        }

        return errors;
    }
}
