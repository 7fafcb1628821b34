using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>The <c>@cost</c> and <c>@listSize</c> directives of the cost specification.</summary>
public static class CostDirectives
{
    public const string Sdl = """
        "The estimated cost of a field, argument, input field, type or scalar, as a number in a string."
        directive @cost(weight: String!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

        "The size of the list a field returns: assumed, or taken from one of its slicing arguments."
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        """;

    /// <summary>Declares <c>@cost</c> and <c>@listSize</c> so SDL may apply them.</summary>
    public static SchemaBuilder AddCostDirectives(this SchemaBuilder builder) => builder.AddDocumentFromString(Sdl);
}
