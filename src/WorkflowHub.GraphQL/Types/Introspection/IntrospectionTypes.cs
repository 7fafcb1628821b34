using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Resolvers;

namespace WorkflowHub.GraphQL.Types.Introspection;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, ...) with their resolvers, shared by all
/// schemas, and the meta fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>, which the
/// executor and validator handle specially (they are not in any type's field collection).
/// Resolvers expect as parent: <see cref="Types.Schema"/>, <see cref="IType"/>, <see cref="OutputField"/>,
/// <see cref="InputValue"/>, <see cref="EnumValue"/>, <see cref="DirectiveType"/>.
/// </summary>
public static class IntrospectionTypes
{
    public static readonly EnumType TypeKind = CreateTypeKind();
    public static readonly EnumType DirectiveLocation = CreateDirectiveLocation();
    public static readonly ObjectType Schema = new("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
    public static readonly ObjectType Type = new("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
    public static readonly ObjectType Field = new("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
    public static readonly ObjectType InputValue = new("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
    public static readonly ObjectType EnumValue = new("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
    public static readonly ObjectType Directive = new("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary><c>__schema: __Schema!</c></summary>
    public static readonly OutputField SchemaField = new OutputField("__schema", new NonNullType(Schema), "Access the current type schema of this server.")
        .UseResolver(context => context.Schema);

    /// <summary><c>__type(name: String!): __Type</c></summary>
    public static readonly OutputField TypeField = new OutputField("__type", Type, "Request the type information of a single type.")
        .AddArgument(new Argument("name", new NonNullType(BuiltInScalars.String)))
        .UseResolver(context => context.Schema.GetType(context.ArgumentValue<string>("name")));

    /// <summary><c>__typename: String!</c></summary>
    public static readonly OutputField TypeNameField = new OutputField("__typename", new NonNullType(BuiltInScalars.String), "The name of the current Object type at runtime.")
        .UseResolver(context => context.ObjectType.Name);

    /// <summary>All eight introspection types, in the order graphql-js lists them.</summary>
    public static readonly IReadOnlyList<INamedType> All;

    static IntrospectionTypes()
    {
        var includeDeprecated = () => new Argument("includeDeprecated", BuiltInScalars.Boolean, defaultValue: new BooleanValueNode(false));
        var nonNullString = new NonNullType(BuiltInScalars.String);
        var nonNullBoolean = new NonNullType(BuiltInScalars.Boolean);
        IOutputType ListOf(ObjectType type) => new ListType(new NonNullType(type));

        Add(Schema, "description", BuiltInScalars.String, c => c.Parent<Types.Schema>().Description);
        Add(Schema, "types", new NonNullType(ListOf(Type)), c => c.Parent<Types.Schema>().Types, "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), c => c.Parent<Types.Schema>().QueryType, "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, c => c.Parent<Types.Schema>().MutationType, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, c => c.Parent<Types.Schema>().SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at.");
        Add(Schema, "directives", new NonNullType(ListOf(Directive)), c => c.Parent<Types.Schema>().Directives
                .Where(d => c.ArgumentValue<bool>("includeDeprecated") || !d.IsDeprecated).ToList(), "A list of all directives supported by this server.")
            .AddArgument(new Argument("includeDeprecated", nonNullBoolean, defaultValue: new BooleanValueNode(false)));

        Add(Type, "kind", new NonNullType(TypeKind), c => c.Parent<IType>().Kind);
        Add(Type, "name", BuiltInScalars.String, c => (c.ParentValue as INamedType)?.Name);
        Add(Type, "description", BuiltInScalars.String, c => (c.ParentValue as INamedType)?.Description);
        Add(Type, "specifiedByURL", BuiltInScalars.String, c => (c.ParentValue as ScalarType)?.SpecifiedByUrl);
        Add(Type, "fields", new ListType(new NonNullType(Field)), c => c.ParentValue is IComplexOutputType complex
            ? complex.Fields.Where(f => c.ArgumentValue<bool>("includeDeprecated") || !f.IsDeprecated).ToList()
            : null).AddArgument(includeDeprecated());
        Add(Type, "interfaces", new ListType(new NonNullType(Type)), c => (c.ParentValue as IComplexOutputType)?.Interfaces);
        Add(Type, "possibleTypes", new ListType(new NonNullType(Type)), c => c.ParentValue is IAbstractType abstractType
            ? c.Schema.GetPossibleTypes(abstractType)
            : null);
        Add(Type, "enumValues", new ListType(new NonNullType(EnumValue)), c => c.ParentValue is EnumType enumType
            ? enumType.Values.Where(v => c.ArgumentValue<bool>("includeDeprecated") || !v.IsDeprecated).ToList()
            : null).AddArgument(includeDeprecated());
        Add(Type, "inputFields", new ListType(new NonNullType(InputValue)), c => c.ParentValue is InputObjectType input
            ? input.Fields.Where(f => c.ArgumentValue<bool>("includeDeprecated") || !f.IsDeprecated).ToList()
            : null).AddArgument(includeDeprecated());
        Add(Type, "ofType", Type, c => c.ParentValue switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Add(Type, "isOneOf", BuiltInScalars.Boolean, c => c.ParentValue is InputObjectType input ? input.IsOneOf : null);

        Add(Field, "name", nonNullString, c => c.Parent<OutputField>().Name);
        Add(Field, "description", BuiltInScalars.String, c => c.Parent<OutputField>().Description);
        Add(Field, "args", new NonNullType(ListOf(InputValue)), c => c.Parent<OutputField>().Arguments
            .Where(a => c.ArgumentValue<bool>("includeDeprecated") || !a.IsDeprecated).ToList()).AddArgument(includeDeprecated());
        Add(Field, "type", new NonNullType(Type), c => c.Parent<OutputField>().Type);
        Add(Field, "isDeprecated", nonNullBoolean, c => c.Parent<OutputField>().IsDeprecated);
        Add(Field, "deprecationReason", BuiltInScalars.String, c => c.Parent<OutputField>().DeprecationReason);

        Add(InputValue, "name", nonNullString, c => c.Parent<Types.InputValue>().Name);
        Add(InputValue, "description", BuiltInScalars.String, c => c.Parent<Types.InputValue>().Description);
        Add(InputValue, "type", new NonNullType(Type), c => c.Parent<Types.InputValue>().Type);
        Add(InputValue, "defaultValue", BuiltInScalars.String, c => DefaultValues.Print(c.Parent<Types.InputValue>()),
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValue, "isDeprecated", nonNullBoolean, c => c.Parent<Types.InputValue>().IsDeprecated);
        Add(InputValue, "deprecationReason", BuiltInScalars.String, c => c.Parent<Types.InputValue>().DeprecationReason);

        Add(EnumValue, "name", nonNullString, c => c.Parent<Types.EnumValue>().Name);
        Add(EnumValue, "description", BuiltInScalars.String, c => c.Parent<Types.EnumValue>().Description);
        Add(EnumValue, "isDeprecated", nonNullBoolean, c => c.Parent<Types.EnumValue>().IsDeprecated);
        Add(EnumValue, "deprecationReason", BuiltInScalars.String, c => c.Parent<Types.EnumValue>().DeprecationReason);

        Add(Directive, "name", nonNullString, c => c.Parent<DirectiveType>().Name);
        Add(Directive, "description", BuiltInScalars.String, c => c.Parent<DirectiveType>().Description);
        Add(Directive, "isRepeatable", nonNullBoolean, c => c.Parent<DirectiveType>().IsRepeatable);
        Add(Directive, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocation))), c => c.Parent<DirectiveType>().Locations);
        Add(Directive, "args", new NonNullType(ListOf(InputValue)), c => c.Parent<DirectiveType>().Arguments
            .Where(a => c.ArgumentValue<bool>("includeDeprecated") || !a.IsDeprecated).ToList()).AddArgument(includeDeprecated());
        Add(Directive, "isDeprecated", nonNullBoolean, c => c.Parent<DirectiveType>().IsDeprecated);
        Add(Directive, "deprecationReason", BuiltInScalars.String, c => c.Parent<DirectiveType>().DeprecationReason);

        All = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];
    }

    /// <summary>True for the introspection types (names starting with <c>__</c> that this library defines).</summary>
    public static bool IsIntrospectionType(INamedType type) => All.Contains(type);

    /// <summary>True for <c>__schema</c>, <c>__type</c> and <c>__typename</c>.</summary>
    public static bool IsMetaField(string name) => name is "__schema" or "__type" or "__typename";

    private static OutputField Add(ObjectType owner, string name, IOutputType type, SyncFieldResolver resolver, string? description = null) =>
        owner.AddField(new OutputField(name, type, description)).UseResolver(resolver);

    private static EnumType CreateTypeKind()
    {
        var type = new EnumType("__TypeKind", "An enum describing what kind of type a given `__Type` is.");
        (Types.TypeKind Kind, string Name, string Description)[] values =
        [
            (Types.TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            (Types.TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (Types.TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (Types.TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            (Types.TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            (Types.TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            (Types.TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            (Types.TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        foreach (var (kind, name, description) in values)
        {
            type.AddValue(new Types.EnumValue(name, kind, description));
        }

        return type;
    }

    private static EnumType CreateDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        string[] descriptions =
        [
            "a query operation", "a mutation operation", "a subscription operation", "a field", "a fragment definition",
            "a fragment spread", "an inline fragment", "a variable definition", "a schema definition", "a scalar definition",
            "an object type definition", "a field definition", "an argument definition", "an interface definition",
            "a union definition", "an enum definition", "an enum value definition", "an input object type definition",
            "an input object field definition", "a directive definition",
        ];
        for (var i = 0; i < descriptions.Length; i++)
        {
            var location = (Language.DirectiveLocation)i;
            type.AddValue(new Types.EnumValue(location.ToSdlName(), location, "Location adjacent to " + descriptions[i] + "."));
        }

        return type;
    }
}
