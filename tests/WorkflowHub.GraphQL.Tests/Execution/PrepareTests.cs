using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class PrepareTests
{
    private static readonly Schema Schema = Run.Sdl("""
        type Query { hello: String user(id: ID!): User }
        type User { name: String }
        type Mutation { rename(name: String!): String }
        """);

    [Fact]
    public void Should_report_a_syntax_error_with_its_location_and_parse_failed_code()
    {
        var prepared = new RequestExecutor(Schema).Prepare(new GraphQLRequest("{ hello"));

        var error = Assert.Single(prepared.Errors);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal([new SourceLocation(1, 8)], error.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Null(prepared.Document);
        Assert.False(prepared.IsValid);
    }

    [Fact]
    public void Should_report_validation_errors_with_locations_and_validation_failed_code()
    {
        var prepared = new RequestExecutor(Schema).Prepare(new GraphQLRequest("{\n  nope\n}"));

        var error = Assert.Single(prepared.Errors);
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.Message);
        Assert.Equal([new SourceLocation(2, 3)], error.Locations);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public void Should_ask_for_an_operation_name_when_the_document_has_several_operations()
    {
        var prepared = new RequestExecutor(Schema).Prepare(new GraphQLRequest("query A { hello } query B { hello }"));

        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(prepared.Errors).Message);
    }

    [Fact]
    public void Should_report_an_unknown_operation_name()
    {
        var prepared = new RequestExecutor(Schema).Prepare(new GraphQLRequest("query A { hello }", "B"));

        Assert.Equal("Unknown operation named \"B\".", Assert.Single(prepared.Errors).Message);
    }

    [Fact]
    public void Should_pick_the_named_operation()
    {
        var prepared = new RequestExecutor(Schema).Prepare(new GraphQLRequest("query A { hello } mutation B { rename(name: \"x\") }", "B"));

        Assert.True(prepared.IsValid);
        Assert.Equal(OperationType.Mutation, prepared.OperationType);
        Assert.Equal("B", prepared.Operation!.Name!.Value);
    }

    [Fact]
    public void Should_parse_a_document_text_once_and_reuse_it()
    {
        var executor = new RequestExecutor(Schema);

        var first = executor.Prepare(new GraphQLRequest("{ hello }"));
        var second = executor.Prepare(new GraphQLRequest("{ hello }"));

        Assert.Same(first.Document, second.Document);
    }

    [Fact]
    public void Should_forget_the_least_recently_used_document_when_the_cache_is_full()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { DocumentCacheSize = 2 });
        var a = executor.Prepare(new GraphQLRequest("{ a: hello }")).Document;
        executor.Prepare(new GraphQLRequest("{ b: hello }"));
        executor.Prepare(new GraphQLRequest("{ a: hello }"));
        executor.Prepare(new GraphQLRequest("{ c: hello }"));

        Assert.Same(a, executor.Prepare(new GraphQLRequest("{ a: hello }")).Document);
        Assert.NotSame(
            executor.Prepare(new GraphQLRequest("{ b: hello }")).Document,
            executor.Prepare(new GraphQLRequest("{ c: hello }")).Document);
    }

    [Fact]
    public void Should_refuse_schema_and_type_introspection_when_switched_off_but_keep_typename()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { EnableIntrospection = false });

        var refused = executor.Prepare(new GraphQLRequest("{ __typename hello ... on Query { __schema { queryType { name } } } }"));
        var allowed = executor.Prepare(new GraphQLRequest("{ __typename hello }"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(ErrorCodes.IntrospectionNotAllowed, error.Code);
        Assert.Equal([new SourceLocation(1, 35)], error.Locations);
        Assert.True(allowed.IsValid);
    }

    [Fact]
    public void Should_run_document_rules_with_the_request_variables()
    {
        var rule = new DepthRule();
        var executor = new RequestExecutor(Schema, new ExecutorOptions { DocumentRules = { rule } });

        var prepared = executor.Prepare(new GraphQLRequest("query($id: ID!) { user(id: $id) { name } }", null, Run.Vars("{\"id\":\"7\"}")));

        Assert.Equal("too deep", Assert.Single(prepared.Errors).Message);
        Assert.Equal("7", rule.SeenVariables!["id"]);
    }

    [Fact]
    public async Task Should_return_the_preparation_errors_without_data_when_executing_an_invalid_request()
    {
        var executor = new RequestExecutor(Schema);

        var result = (ExecutionResult)await executor.ExecuteAsync(executor.Prepare(new GraphQLRequest("{ nope }")), new RequestContext());

        Assert.False(result.HasData);
        Assert.Equal("{\"errors\":[{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}", ResultJson.ToJson(result));
    }

    [Fact]
    public void Should_refuse_an_operation_whose_root_type_the_schema_lacks()
    {
        var schema = Run.Sdl("type Query { hello: String }");

        var prepared = new RequestExecutor(schema, new ExecutorOptions { ValidationOptions = new WorkflowHub.GraphQL.Validation.ValidationOptions { Rules = [] } })
            .Prepare(new GraphQLRequest("subscription { hello }"));

        Assert.Equal("Schema is not configured to execute subscription operation.", Assert.Single(prepared.Errors).Message);
    }

    [Fact]
    public void Should_refuse_a_document_nested_deeper_than_the_limit_before_parsing_it()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { MaxNestingDepth = 3 });

        var nested = executor.Prepare(new GraphQLRequest("{ user(id: \"{{{{\") { name } } # [[[[\n"));
        var tooDeep = executor.Prepare(new GraphQLRequest("{ user(id: [[[1]]]) { name } }"));

        Assert.True(nested.IsValid);
        var error = Assert.Single(tooDeep.Errors);
        Assert.Equal("Syntax Error: The document nests more than 3 levels deep.", error.Message);
        Assert.Equal([new SourceLocation(1, 13)], error.Locations);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public async Task Should_answer_a_very_deep_document_with_an_error_on_a_small_stack()
    {
        var schema = Run.Sdl("type Query { a: A } type A { a: A x: Int }");
        var executor = new RequestExecutor(schema);
        var query = string.Concat(Enumerable.Repeat("{ a ", 200_000)) + "{ x }" + new string('}', 200_000);
        ExecutionResult? result = null;

        var thread = new Thread(() => result = (ExecutionResult)executor.ExecuteAsync(new GraphQLRequest(query)).AsTask().GetAwaiter().GetResult(), 256 * 1024);
        thread.Start();
        await Task.Run(() => thread.Join());

        Assert.Equal(ErrorCodes.ParseFailed, Assert.Single(result!.Errors!).Code);
    }

    [Fact]
    public void Should_refuse_to_execute_against_an_invalid_schema()
    {
        var invalid = new Schema(new SchemaConfiguration { Query = new ObjectType("Query") });

        var error = Assert.Throws<SchemaValidationException>(() => new RequestExecutor(invalid));

        Assert.Contains("Type Query must define one or more fields.", error.Message);
    }

    private sealed class DepthRule : IDocumentRule
    {
        public IReadOnlyDictionary<string, object?>? SeenVariables { get; private set; }

        public IEnumerable<GraphQLError> Check(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
        {
            SeenVariables = variables;
            var depth = Depth(operation.SelectionSet);
            return depth > 1 ? [new GraphQLError("too deep")] : [];
        }

        private static int Depth(SelectionSetNode set) =>
            1 + set.Selections.OfType<FieldNode>().Select(f => f.SelectionSet is null ? 0 : Depth(f.SelectionSet)).DefaultIfEmpty(0).Max();
    }
}
