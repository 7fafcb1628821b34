using System.Text;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Tests.Conformance;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Validation;
using WorkflowHub.GraphQL.Validation.Rules;

namespace WorkflowHub.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests : ValidationTestBase
{
    protected override Func<ValidationRule>? Rule => null;

    [Fact]
    public void Should_accept_a_valid_document_with_every_rule()
    {
        AssertValid("""
            query dogs($command: DogCommand!, $atHome: Boolean = true) @tag(name: "q") {
              dog {
                ...dogFields
                doesKnowCommand(dogCommand: $command)
                isHouseTrained(atOtherHomes: $atHome) @include(if: true)
                owner { ... on Sentient { name } pets { ... on Cat { meowVolume } } }
              }
              catOrDog { __typename ... on Dog { name } ... on Cat { name } }
              findDog(searchBy: { name: "Fido" }) { name }
            }

            mutation addRex { addPet(pet: { dog: { name: "Rex", barkVolume: 3 } }) { name } }

            fragment dogFields on Dog { name nickname barkVolume }
            """);
    }

    [Fact]
    public void Should_accept_graphql_js_own_introspection_query()
    {
        var path = Path.Combine(ReferenceResults.ConformanceDirectory, "corpus", "introspection", "graphql-js-introspection-query.valid.graphql");
        AssertValid(File.ReadAllText(path));
    }

    [Fact]
    public void Should_report_the_errors_of_all_rules_as_graphql_js_does()
    {
        AssertErrors("""
            query Q($unused: Int, $x: Dgo) {
              dog { name: nickname name unknownField doesKnowCommand(dogCommand: SIT, extra: 1) }
              ...Missing
            }
            fragment Unused on Cat { meowVolume }
            """,
            Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 27)),
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 9), (2, 24)),
            Error("Cannot query field \"unknownField\" on type \"Dog\".", (2, 29)),
            Error("Unknown argument \"extra\" on field \"Dog.doesKnowCommand\".", (2, 75)),
            Error("Unknown fragment \"Missing\".", (3, 6)),
            Error("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
            Error("Variable \"$x\" is never used in operation \"Q\".", (1, 23)),
            Error("Fragment \"Unused\" is never used.", (5, 1)));
    }

    [Fact]
    public void Should_stop_after_one_hundred_errors()
    {
        var builder = new StringBuilder("{ dog { ");
        for (var i = 0; i < 150; i++)
        {
            builder.Append($"unknown{i} ");
        }

        var errors = Validate(builder.Append("} }").ToString());
        Assert.Equal(101, errors.Count);
        Assert.Equal("Cannot query field \"unknown99\" on type \"Dog\".", errors[99].Message);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[100].Message);
        Assert.Empty(errors[100].Locations);
    }

    [Fact]
    public void Should_stop_with_validation_aborted_when_operations_follow_too_many_fragments()
    {
        // 1,000 operations each reaching a chain of 1,000 fragments: a million variable usages
        // to gather from an 80 kB document. graphql-js meters this work and stops; so does this.
        var builder = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            builder.Append($"query Q{i}($v: Boolean) {{ ...F0 }}\n");
        }

        for (var i = 0; i < 1000; i++)
        {
            builder.Append($"fragment F{i} on Query {{ dog {{ isHouseTrained(atOtherHomes: $v) }} {(i < 999 ? $"...F{i + 1}" : "")} }}\n");
        }

        var document = Parser.Parse(builder.ToString(), new ParserOptions { MaxTokens = int.MaxValue });
        var errors = DocumentValidator.Validate(Schema, document);
        Assert.Equal("Validation aborted.", errors[^1].Message);
    }

    [Fact]
    public void Should_stop_with_an_error_instead_of_overflowing_the_stack_on_absurd_nesting()
    {
        // Parsed on the test thread, validated on a thread with a small stack: validation must
        // end with an error, not kill the process.
        var source = "{ dog { " + string.Concat(Enumerable.Repeat("owner { pets { ... on Dog { ", 3000)) + "name" + new string('}', 9000) + " } }";
        var document = Parser.Parse(source, new ParserOptions { MaxTokens = int.MaxValue });
        IReadOnlyList<ValidationError>? errors = null;
        var thread = new Thread(() => errors = DocumentValidator.Validate(Schema, document), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("Document is nested too deeply. Validation aborted.", errors![^1].Message);
    }

    [Fact]
    public void Should_refuse_an_invalid_schema_as_graphql_js_does()
    {
        var schema = new Schema(new SchemaConfiguration { Query = new ObjectType("Query") }); // no fields
        Assert.NotEmpty(schema.Validate());
        Assert.Throws<SchemaValidationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ __typename }")));
    }

    [Fact]
    public void Should_take_the_error_limit_from_the_options()
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse("{ a b c d e f }"), new ValidationOptions { MaxErrors = 2 });
        Assert.Equal(
            ["Cannot query field \"a\" on type \"Query\".", "Cannot query field \"b\" on type \"Query\".", "Too many validation errors, error limit reached. Validation aborted."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Should_leave_suggestions_out_when_asked()
    {
        var document = Parser.Parse("{ dog { nam } pet { nickname } }");
        var options = new ValidationOptions { HideSuggestions = true };
        Assert.Equal(
            ["Cannot query field \"nam\" on type \"Dog\".", "Cannot query field \"nickname\" on type \"Pet\"."],
            DocumentValidator.Validate(Schema, document, options).Select(e => e.Message));
        Assert.Equal(
            ["Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?"],
            DocumentValidator.Validate(Schema, document).Select(e => e.Message));
    }

    [Fact]
    public void Should_run_only_the_rules_given()
    {
        var document = Parser.Parse("query Q($unused: Int) { unknown }");
        var errors = DocumentValidator.Validate(Schema, document, () => new NoUnusedVariablesRule());
        Assert.Equal("Variable \"$unused\" is never used in operation \"Q\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void Should_give_each_error_its_nodes_and_their_locations()
    {
        var error = Assert.Single(Validate("{\n  dog { name: nickname\n  name }\n}"));
        Assert.Equal([SyntaxKind.Field, SyntaxKind.Field], error.Nodes.Select(n => n.Kind));
        Assert.Equal([new ErrorLocation(2, 9), new ErrorLocation(3, 3)], error.Locations);
        Assert.EndsWith("(2:9, 3:3)", error.ToString());
    }

    [Fact]
    public void Should_leave_out_locations_of_nodes_built_in_code()
    {
        var document = new DocumentNode([
            new OperationDefinitionNode(null, OperationType.Query, null, [], [],
                new SelectionSetNode([new FieldNode(null, new NameNode("nope"), [], [], null)])),
        ]);
        var error = Assert.Single(DocumentValidator.Validate(Schema, document));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.Message);
        Assert.Empty(error.Locations);
    }

    [Fact]
    public void Should_give_custom_rules_the_type_information_of_each_position()
    {
        var seen = new List<string>();
        var rule = new RecordingRule(seen);
        DocumentValidator.Validate(Schema, Parser.Parse("""
            query ($d: DogCommand!) {
              dog { doesKnowCommand(dogCommand: $d) @include(if: true) }
              findDog(searchBy: { name: "x" }) { name }
              arguments { booleanListArgField(booleanListArg: [true]) }
            }
            """), () => rule);
        Assert.Equal(
            [
                "field dog: parent Query, type Dog",
                "field doesKnowCommand: parent Dog, type Boolean!",
                "argument dogCommand: input DogCommand!, argument DogCommand!",
                "argument if: input Boolean!, directive @include",
                "field findDog: parent Query, type Dog",
                "argument searchBy: input FindDogInput, argument FindDogInput",
                "object field name: input String, parent input FindDogInput",
                "field name: parent Dog, type String!",
                "field arguments: parent Query, type Arguments",
                "field booleanListArgField: parent Arguments, type [Boolean]",
                "argument booleanListArg: input [Boolean]!, argument [Boolean]!",
                "list item: input Boolean, parent input [Boolean]!",
            ],
            seen);
    }

    private sealed class RecordingRule(List<string> seen) : ValidationRule
    {
        private static readonly SyntaxKind[] Kinds = [SyntaxKind.Field, SyntaxKind.Argument, SyntaxKind.ObjectField, SyntaxKind.BooleanValue];

        public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

        public override bool Enter(ValidationContext context, ISyntaxNode node)
        {
            switch (node)
            {
                case FieldNode field:
                    seen.Add($"field {field.Name.Value}: parent {context.ParentType?.Name}, type {context.Type}");
                    break;
                case ArgumentNode argument:
                    seen.Add(context.Directive is { } directive
                        ? $"argument {argument.Name.Value}: input {context.InputType}, directive {directive}"
                        : $"argument {argument.Name.Value}: input {context.InputType}, argument {context.Argument?.Type}");
                    break;
                case ObjectFieldNode objectField:
                    seen.Add($"object field {objectField.Name.Value}: input {context.InputType}, parent input {context.ParentInputType}");
                    break;
                case BooleanValueNode when context.ParentInputType?.NullableType() is ListType:
                    seen.Add($"list item: input {context.InputType}, parent input {context.ParentInputType}");
                    break;
            }

            return true;
        }
    }
}
