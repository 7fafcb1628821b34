using System.Globalization;
using System.Text.Json;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Types.Scalars;

namespace WorkflowHub.GraphQL.Tests.Types;

public class ScalarCoercionTests
{
    /// <summary>graphql-js's results for serialize, parseValue and parseLiteral of the five spec scalars over edge-case inputs.</summary>
    private static readonly string[] GraphQLJsCases =
        TestFiles.Read("Types", "scalar-coercion.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static TheoryData<int> CaseIndexes() => new(Enumerable.Range(0, GraphQLJsCases.Length));

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Should_coerce_spec_scalars_exactly_like_graphql_js(int index)
    {
        var items = JsonSerializer.Deserialize<JsonElement[]>(GraphQLJsCases[index])!;
        var scalar = BuiltInScalars.GetSpecified(items[0].GetString()!)!;
        var operation = items[1].GetString();
        var outcome = items[3].GetString();
        var expected = items[4].GetString()!;

        object? result;
        try
        {
            result = operation switch
            {
                "serialize" => scalar.Serialize(Input(items[2])),
                "parseValue" => scalar.ParseValue(Input(items[2])),
                _ => scalar.ParseLiteral(Parser.ParseConstValue(items[2].GetProperty("lit").GetString())),
            };
        }
        catch (CoercionException error)
        {
            Assert.Equal(("error", expected), (outcome, error.Message));
            return;
        }

        Assert.Equal("ok", outcome);
        var expectedJson = JsonDocument.Parse(expected).RootElement;
        switch (expectedJson.ValueKind)
        {
            case JsonValueKind.Number:
                Assert.Equal(expectedJson.GetDouble(), Convert.ToDouble(result, CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                Assert.Equal(expectedJson.GetString(), result);
                break;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.Equal(expectedJson.GetBoolean(), result);
                break;
            default:
                Assert.Null(result);
                break;
        }
    }

    private static object? Input(JsonElement encoded)
    {
        var property = encoded.EnumerateObject().Single();
        return property.Name switch
        {
            "null" => null,
            "n" => double.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture),
            "s" => property.Value.GetString(),
            "b" => property.Value.GetBoolean(),
            _ => JsonDocument.Parse(property.Value.GetString()!).RootElement,
        };
    }

    [Fact]
    public void Should_report_non_integer_int_like_graphql_js()
    {
        var error = Assert.Throws<CoercionException>(() => BuiltInScalars.Int.ParseValue(1.5));
        Assert.Equal("Int cannot represent non-integer value: 1.5", error.Message);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(5L, 5)]
    [InlineData((short)5, 5)]
    [InlineData(5u, 5)]
    public void Should_accept_every_clr_integer_type_as_int(object value, int expected)
    {
        Assert.Equal(expected, BuiltInScalars.Int.Serialize(value));
        Assert.Equal(expected, BuiltInScalars.Int.ParseValue(value));
    }

    [Fact]
    public void Should_accept_json_elements_from_variables()
    {
        var json = JsonDocument.Parse("{\"i\": 7, \"f\": 2.5, \"s\": \"x\", \"b\": true, \"id\": 12}").RootElement;
        Assert.Equal(7, BuiltInScalars.Int.ParseValue(json.GetProperty("i")));
        Assert.Equal(2.5, BuiltInScalars.Float.ParseValue(json.GetProperty("f")));
        Assert.Equal("x", BuiltInScalars.String.ParseValue(json.GetProperty("s")));
        Assert.Equal(true, BuiltInScalars.Boolean.ParseValue(json.GetProperty("b")));
        Assert.Equal("12", BuiltInScalars.ID.ParseValue(json.GetProperty("id")));
        Assert.Equal(1, BuiltInScalars.Int.ParseValue(JsonDocument.Parse("1.0").RootElement));
    }

    [Fact]
    public void Should_serialize_ids_as_strings_and_print_integer_ids_as_int_literals()
    {
        Assert.Equal("42", BuiltInScalars.ID.Serialize(42L));
        var guid = Guid.NewGuid();
        Assert.Equal(guid.ToString(), BuiltInScalars.ID.Serialize(guid));
        Assert.IsType<IntValueNode>(BuiltInScalars.ID.ValueToLiteral("42"));
        Assert.IsType<StringValueNode>(BuiltInScalars.ID.ValueToLiteral("042"));
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00Z", "2024-05-01T12:30:00.000Z")]
    [InlineData("2024-05-01T12:30:00+02:00", "2024-05-01T10:30:00.000Z")]
    [InlineData("2024-05-01t12:30:00.123456789z", "2024-05-01T12:30:00.123Z")]
    [InlineData("2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00.000Z")]
    public void Should_parse_rfc3339_date_times_and_serialize_them_in_utc(string input, string expected)
    {
        var dateTime = new DateTimeType();
        var parsed = Assert.IsType<DateTimeOffset>(dateTime.ParseValue(input));
        Assert.Equal(expected, dateTime.Serialize(parsed));
        Assert.Equal(parsed, dateTime.ParseLiteral(new StringValueNode(input, false)));
    }

    [Theory]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T12:30:00")]
    [InlineData("2024-05-01 12:30:00Z")]
    [InlineData("2024-13-01T12:30:00Z")]
    [InlineData("2024-02-30T12:30:00Z")]
    [InlineData("2024-05-01T12:30:00+25:00")]
    [InlineData("2024-05-01T12:30:00.Z")]
    [InlineData("not a date")]
    public void Should_reject_date_times_without_offset_or_invalid(string input)
    {
        var error = Assert.Throws<CoercionException>(() => new DateTimeType().ParseValue(input));
        Assert.StartsWith("DateTime cannot represent an invalid date-time string: ", error.Message);
    }

    [Fact]
    public void Should_serialize_clr_date_times_in_utc()
    {
        var dateTime = new DateTimeType();
        Assert.Equal("2024-05-01T10:30:00.000Z", dateTime.Serialize(new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.FromHours(2))));
        Assert.Equal("2024-05-01T10:30:00.000Z", dateTime.Serialize(new DateTime(2024, 5, 1, 10, 30, 0, DateTimeKind.Unspecified)));
        Assert.Throws<CoercionException>(() => dateTime.Serialize(42));
        Assert.Throws<CoercionException>(() => dateTime.ParseValue(42));
    }

    [Theory]
    [InlineData("9223372036854775807", 9223372036854775807L)]
    [InlineData("-9223372036854775808", -9223372036854775808L)]
    [InlineData("0", 0L)]
    public void Should_coerce_long_literals_and_strings(string text, long expected)
    {
        var longType = new LongType();
        Assert.Equal(expected, longType.ParseLiteral(new IntValueNode(text)));
        Assert.Equal(expected, longType.ParseValue(text));
        Assert.Equal(expected, longType.Serialize(expected));
    }

    [Fact]
    public void Should_reject_longs_out_of_range_or_fractional()
    {
        var longType = new LongType();
        Assert.Equal(
            "Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Assert.Throws<CoercionException>(() => longType.ParseLiteral(new IntValueNode("9223372036854775808"))).Message);
        Assert.Equal("Long cannot represent non-integer value: 1.5", Assert.Throws<CoercionException>(() => longType.ParseValue(1.5)).Message);
        Assert.Throws<CoercionException>(() => longType.ParseLiteral(new FloatValueNode("1.0")));
        Assert.Throws<CoercionException>(() => longType.Serialize(ulong.MaxValue));
        Assert.Equal(4_000_000_000L, longType.ParseValue(4e9));
    }

    [Fact]
    public void Should_coerce_uuids()
    {
        var uuid = new UuidType();
        var value = Guid.Parse("6F9619FF-8B86-D011-B42D-00C04FC964FF");
        Assert.Equal(value, uuid.ParseValue("6f9619ff-8b86-d011-b42d-00c04fc964ff"));
        Assert.Equal(value, uuid.ParseLiteral(new StringValueNode("6F9619FF-8B86-D011-B42D-00C04FC964FF", false)));
        Assert.Equal("6f9619ff-8b86-d011-b42d-00c04fc964ff", uuid.Serialize(value));
        Assert.Equal("UUID cannot represent an invalid UUID string: \"nope\"", Assert.Throws<CoercionException>(() => uuid.ParseValue("nope")).Message);
        Assert.Throws<CoercionException>(() => uuid.ParseLiteral(new IntValueNode("1")));
    }

    [Fact]
    public void Should_read_any_json_value_including_variables_inside_literals()
    {
        var json = new JsonType();
        var literal = Parser.ParseValue("{a: [1, 2.5, \"s\", true, null, RED], b: $v, c: {}, d: $missing}");
        var value = json.ParseLiteral(literal, new Dictionary<string, object?> { ["v"] = 7 });
        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal(new List<object?> { 1, 2.5, "s", true, null, "RED" }, map["a"]);
        Assert.Equal(7, map["b"]);
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(map["c"]));
        Assert.False(map.ContainsKey("d"));
        var fromVariable = json.ParseValue(JsonDocument.Parse("{\"x\": [1, {\"y\": null}]}").RootElement);
        Assert.Equal(1, ((List<object?>)((Dictionary<string, object?>)fromVariable!)["x"]!)[0]);
    }

    [Fact]
    public void Should_coerce_enums_by_name_and_suggest_close_names()
    {
        var color = new EnumType("Color").AddValue("RED").AddValue("GREEN", 2).AddValue("BLUE");
        Assert.Equal("RED", color.ParseLiteral(new EnumValueNode("RED")));
        Assert.Equal(2, color.ParseValue("GREEN"));
        Assert.Equal("GREEN", color.Serialize(2));
        Assert.Equal("Value \"GREN\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?",
            Assert.Throws<CoercionException>(() => color.ParseValue("GREN")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<CoercionException>(() => color.ParseLiteral(new StringValueNode("RED", false))).Message);
        Assert.Equal("Enum \"Color\" cannot represent value: \"PURPLE\"", Assert.Throws<CoercionException>(() => color.Serialize("PURPLE")).Message);
        Assert.Equal("Enum \"Color\" cannot represent non-string value: 1.", Assert.Throws<CoercionException>(() => color.ParseValue(1)).Message);
    }

    [Fact]
    public void Should_let_users_add_a_scalar_from_delegates()
    {
        var upper = ScalarType.Create("Upper", v => v?.ToString()?.ToUpperInvariant(), v => (v as string)?.ToLowerInvariant(), description: "Shouts.");
        Assert.Equal("ABC", upper.Serialize("abc"));
        Assert.Equal("abc", upper.ParseValue("ABC"));
        Assert.Equal("abc", upper.ParseLiteral(new StringValueNode("ABC", false)));
        Assert.Equal("Shouts.", upper.Description);
    }
}
