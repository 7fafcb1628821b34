using System.Runtime.CompilerServices;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// Test double for the executor: the real one parses, this one runs the document rules and answers
/// the test schema's root fields, so transport tests do not depend on execution details.
/// </summary>
public sealed class FakeExecutor(Schema schema, ExecutorOptions options, Counter counter) : IRequestExecutor
{
    private readonly RequestExecutor _parser = new(schema, options);

    public Schema Schema => schema;

    public PreparedRequest Prepare(GraphQLRequest request) => _parser.Prepare(request);

    public ValueTask<object> ExecuteAsync(PreparedRequest request, RequestContext context)
    {
        if (!request.IsValid)
        {
            return new(ExecutionResult.FromErrors(request.Errors));
        }

        var operation = request.Operation!;
        var variables = request.Request.Variables ?? new Dictionary<string, object?>();
        var ruleErrors = new List<GraphQLError>();
        foreach (var rule in options.DocumentRules)
        {
            ruleErrors.AddRange(rule.Check(schema, request.Document!, operation, variables));
        }

        if (ruleErrors.Count > 0)
        {
            return new(ExecutionResult.FromErrors(ruleErrors));
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Type is NonNullTypeNode && variables.GetValueOrDefault(definition.Variable.Name.Value) is null)
            {
                return new(ExecutionResult.FromError(GraphQLError.WithCode(
                    $"Variable \"${definition.Variable.Name.Value}\" of required type \"{definition.Type}\" was not provided.",
                    ErrorCodes.BadUserInput)));
            }
        }

        var root = schema.GetRootType(operation.Operation)!;
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode { Name.Value: var name } field && !name.StartsWith("__", StringComparison.Ordinal) && !root.Fields.ContainsField(name))
            {
                // The only validation the double does: enough for transport tests and the HTTP audit.
                return new(ExecutionResult.FromError(GraphQLError.WithCode(
                    $"Cannot query field \"{name}\" on type \"{root.Name}\".",
                    ErrorCodes.ValidationFailed,
                    [new SourceLocation(field.Location.Line, field.Location.Column)])));
            }
        }

        if (operation.Operation == OperationType.Subscription)
        {
            var field = (FieldNode)operation.SelectionSet.Selections[0];
            var count = IntArgument(field, "count", variables) ?? 3;
            return new(new ResponseStream(ct => Ticks(field.ResponseKey, count, ct)));
        }

        var data = new Dictionary<string, object?>();
        foreach (var selection in operation.SelectionSet.Selections)
        {
            if (selection is FieldNode field)
            {
                data[field.ResponseKey] = Resolve(operation.Operation, field, variables);
            }
        }

        return new(ExecutionResult.FromData(data));
    }

    private object? Resolve(OperationType operation, FieldNode field, IReadOnlyDictionary<string, object?> variables) => field.Name.Value switch
    {
        "__typename" => operation switch
        {
            OperationType.Mutation => "Mutation",
            OperationType.Subscription => "Subscription",
            _ => "Query",
        },
        "hello" => "Hello " + (StringArgument(field, "name", variables) ?? "world"),
        "counter" => counter.Value,
        "increment" => counter.Increment(),
        _ => null,
    };

    private static async IAsyncEnumerable<ExecutionResult> Ticks(string key, int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Delay(10, cancellationToken);
            yield return ExecutionResult.FromData(new Dictionary<string, object?> { [key] = i });
        }
    }

    private static string? StringArgument(FieldNode field, string name, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value switch
                {
                    StringValueNode s => s.Value,
                    VariableNode v => variables.GetValueOrDefault(v.Name.Value) as string,
                    _ => null,
                };
            }
        }

        return null;
    }

    private static int? IntArgument(FieldNode field, string name, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value switch
                {
                    IntValueNode i => int.Parse(i.Value),
                    VariableNode v => Convert.ToInt32(variables.GetValueOrDefault(v.Name.Value)),
                    _ => null,
                };
            }
        }

        return null;
    }
}
