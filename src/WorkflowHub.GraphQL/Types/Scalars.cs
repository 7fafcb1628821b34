using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Types;

/// <summary>The spec's built-in scalars (shared instances) and factories for the extra scalars this library ships.</summary>
public static class BuiltInScalars
{
    public static readonly ScalarType String = new StringType();
    public static readonly ScalarType Int = new IntType();
    public static readonly ScalarType Float = new FloatType();
    public static readonly ScalarType Boolean = new BooleanType();
    public static readonly ScalarType ID = new IdType();

    /// <summary>String, Int, Float, Boolean, ID: the order graphql-js lists them in.</summary>
    public static readonly IReadOnlyList<ScalarType> Specified = [String, Int, Float, Boolean, ID];

    /// <summary>True for the five scalars every schema has (they are left out of printed SDL).</summary>
    public static bool IsSpecified(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static bool IsSpecified(INamedType type) => Specified.Contains(type);

    /// <summary>The spec scalar with that name, or null.</summary>
    public static ScalarType? GetSpecified(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>New instances of DateTime, Long, UUID and JSON (new each call, so a schema can change their descriptions).</summary>
    public static IReadOnlyList<ScalarType> CreateExtended() => [new DateTimeType(), new LongType(), new UuidType(), new JsonType()];
}
