using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Execution;

public sealed partial class RequestExecutor
{
    private CachedDocument CreateDocument(string query)
    {
        if (Options.MaxNestingDepth > 0 && NestingGuard.FindExcess(query, Options.MaxNestingDepth) is var excess and >= 0)
        {
            return new CachedDocument(Schema, null, [NestingGuard.Error(query, excess, Options.MaxNestingDepth)]);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return new CachedDocument(Schema, null, [GraphQLError.WithCode(e.Message, ErrorCodes.ParseFailed, [new SourceLocation(e.Line, e.Column)])]);
        }

        return new CachedDocument(Schema, document, Validate(document));
    }

    /// <summary>Spec validation of the document against the schema; every error gets code GRAPHQL_VALIDATION_FAILED.</summary>
    private IReadOnlyList<GraphQLError> Validate(DocumentNode document) => DocumentValidation.Validate(Schema, document, Options.ValidationOptions);

    private static OperationDefinitionNode? SelectOperation(CachedDocument cached, string? operationName, out GraphQLError? error)
    {
        error = null;
        var operations = cached.Operations;
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = GraphQLError.WithCode(
                operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationResolutionFailure);
            return null;
        }

        foreach (var operation in operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        error = GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationResolutionFailure);
        return null;
    }

    /// <summary>Checks of the chosen operation: its root type exists, the introspection switch, then the document rules.</summary>
    private IReadOnlyList<GraphQLError> CheckOperation(DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? variables)
    {
        if (Schema.GetRootType(operation.Operation) is null)
        {
            return [GraphQLError.WithCode(
                $"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.",
                ErrorCodes.OperationNotSupported,
                Locations.ListOf(operation))];
        }

        List<GraphQLError>? errors = null;
        if (!Options.EnableIntrospection)
        {
            IntrospectionGuard.Check(document, operation, ref errors);
        }

        var rules = Options.DocumentRules;
        if (rules.Count > 0)
        {
            var given = variables ?? Planning.ArgumentLiterals.None;
            foreach (var rule in rules)
            {
                foreach (var error in rule.Check(Schema, document, operation, given))
                {
                    (errors ??= []).Add(error);
                }
            }
        }

        return errors is null ? [] : errors;
    }
}
