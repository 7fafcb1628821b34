namespace WorkflowHub.GraphQL.Language;

/// <summary>Where a directive may be applied. Names match the SDL spelling via <see cref="DirectiveLocations"/>.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>Not in the October 2021 spec; graphql-js 16.x lists it (for <c>@deprecated</c> on directives).</summary>
    DirectiveDefinition,
}

/// <summary>Converts <see cref="DirectiveLocation"/> to and from its SDL name (e.g. <c>FIELD_DEFINITION</c>).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    public static string ToSdlName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(ReadOnlySpan<char> name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }

        location = default;
        return false;
    }

    /// <summary>True for locations inside executable documents.</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
