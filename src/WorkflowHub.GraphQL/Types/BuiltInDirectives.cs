using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>The directives every schema has: <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>.</summary>
public static class BuiltInDirectives
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveType Include = new DirectiveType(
            "include",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            description: "Directs the executor to include this field or fragment only when the `if` argument is true.")
        .AddArgument(new Argument("if", new NonNullType(BuiltInScalars.Boolean), "Included when true."));

    public static readonly DirectiveType Skip = new DirectiveType(
            "skip",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            description: "Directs the executor to skip this field or fragment when the `if` argument is true.")
        .AddArgument(new Argument("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true."));

    public static readonly DirectiveType Deprecated = new DirectiveType(
            "deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
            description: "Marks an element of a GraphQL schema as no longer supported.")
        .AddArgument(new Argument(
            "reason",
            BuiltInScalars.String,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(DefaultDeprecationReason, false)));

    public static readonly DirectiveType SpecifiedBy = new DirectiveType(
            "specifiedBy",
            [DirectiveLocation.Scalar],
            description: "Exposes a URL that specifies the behavior of this scalar.")
        .AddArgument(new Argument("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar."));

    public static readonly DirectiveType OneOf = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>In graphql-js order: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static readonly IReadOnlyList<DirectiveType> All = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(DirectiveType directive) => All.Contains(directive);

    public static bool IsBuiltIn(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
