using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance fixture on the C# side: the schema of <c>fixture/schema.graphql</c> with the
/// custom scalars DateTime, Date, Long, UUID and JSON behaving (and worded) as the graphql-js
/// fixture defines them, so both engines judge the same literals the same way.
/// </summary>
public static class ConformanceFixture
{
    private static readonly Lazy<Schema> LazySchema = new(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Schema Schema => LazySchema.Value;

    public static string SchemaPath => Path.Combine(ReferenceResults.ConformanceDirectory, "fixture", "schema.graphql");

    public static string DataPath => Path.Combine(ReferenceResults.ConformanceDirectory, "fixture", "data.json");

    /// <summary>A schema builder over the fixture SDL with the fixture scalars; add resolvers before <c>Create()</c>.</summary>
    public static SchemaBuilder CreateBuilder() =>
        SchemaBuilder.New()
            .AddDocumentFromString(File.ReadAllText(SchemaPath))
            .AddScalar(new FixtureScalar("DateTime", "a non-string", FixtureValues.NormaliseDateTime))
            .AddScalar(new FixtureScalar("Date", "a non-string", v => v is string s && FixtureValues.IsValidDate(s) ? s : null))
            .AddScalar(new FixtureScalar("UUID", "a non-string", v => v is string s && FixtureValues.IsUuid(s) ? s.ToLowerInvariant() : null))
            .AddScalar(new LongFixtureScalar())
            .AddScalar(new JsonFixtureScalar());

    private static Schema CreateSchema() => CreateBuilder().Create();

    /// <summary>A string-literal scalar of the fixture: <c>X cannot represent a non-string value: …</c> / <c>X cannot represent value: …</c>.</summary>
    private sealed class FixtureScalar(string name, string literalKind, Func<object?, object?> coerce) : ScalarType(name)
    {
        public override object? Serialize(object? runtimeValue) => Coerce(runtimeValue);

        public override object? ParseValue(object? inputValue) => Coerce(InputValues.Normalize(inputValue));

        public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (literal is not StringValueNode text)
            {
                throw new CoercionException($"{Name} cannot represent {literalKind} value: {AstPrinter.Print(literal)}");
            }

            return Coerce(text.Value);
        }

        private object? Coerce(object? value) =>
            coerce(value) ?? throw new CoercionException($"{Name} cannot represent value: {FixtureValues.Describe(value)}");
    }

    private sealed class LongFixtureScalar() : ScalarType("Long")
    {
        private const double MaxSafe = 9007199254740991d;

        public override object? Serialize(object? runtimeValue) => Coerce(runtimeValue);

        public override object? ParseValue(object? inputValue) => Coerce(InputValues.Normalize(inputValue));

        public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (literal is not IntValueNode integer)
            {
                throw new CoercionException($"Long cannot represent a non-integer value: {AstPrinter.Print(literal)}");
            }

            var big = System.Numerics.BigInteger.Parse(integer.Value, CultureInfo.InvariantCulture);
            if (big > new System.Numerics.BigInteger(MaxSafe) || big < -new System.Numerics.BigInteger(MaxSafe))
            {
                throw new CoercionException($"Long cannot represent value: {integer.Value}");
            }

            return (long)big;
        }

        private static object Coerce(object? value)
        {
            if (value is not bool && value is not string && InputValues.TryGetNumber(value, out var number) &&
                InputValues.IsInteger(number) && Math.Abs(number) <= MaxSafe)
            {
                return (long)number;
            }

            throw new CoercionException($"Long cannot represent value: {FixtureValues.Describe(value)}");
        }
    }

    private sealed class JsonFixtureScalar() : ScalarType("JSON")
    {
        public override object? Serialize(object? runtimeValue) => runtimeValue;

        public override object? ParseValue(object? inputValue) => InputValues.Normalize(inputValue);

        public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            ValueLiterals.ToUntyped(literal, variables);
    }
}

/// <summary>The fixture's value rules (lib/fixture.mjs): RFC 3339 date-times and dates, UUIDs, and JSON-style descriptions of values.</summary>
public static partial class FixtureValues
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    /// <summary>An RFC 3339 date-time as <c>YYYY-MM-DDTHH:MM:SS.sssZ</c>, or null.</summary>
    public static string? NormaliseDateTime(object? value)
    {
        if (value is not string text || DateTimePattern().Match(text) is not { Success: true } m)
        {
            return null;
        }

        int N(int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        int y = N(1), mo = N(2), d = N(3), h = N(4), mi = N(5), s = N(6);
        if (!ValidDate(y, mo, d) || h > 23 || mi > 59 || s > 59)
        {
            return null;
        }

        var ms = int.Parse(m.Groups[7].Value.PadRight(3, '0')[..3], CultureInfo.InvariantCulture);
        var offsetMinutes = 0;
        var zone = m.Groups[8].Value;
        if (zone != "Z")
        {
            var oh = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var om = int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture);
            if (oh > 23 || om > 59)
            {
                return null;
            }

            offsetMinutes = (zone[0] == '-' ? -1 : 1) * ((oh * 60) + om);
        }

        var instant = new DateTime(y, mo, d, h, mi, s, ms, DateTimeKind.Utc);
        var utc = instant.Ticks - (offsetMinutes * TimeSpan.TicksPerMinute);
        if (utc < 0 || utc > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        return new DateTime(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    public static bool IsValidDate(string text) =>
        DatePattern().Match(text) is { Success: true } m &&
        ValidDate(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));

    public static bool IsUuid(string text) => UuidPattern().IsMatch(text);

    /// <summary>JSON.stringify of a value, as the fixture words values in messages.</summary>
    public static string Describe(object? value) =>
        InputValues.Normalize(value) is string text ? WorkflowHub.GraphQL.Utilities.Inspect.Quote(text) : JsonSerializer.Serialize(InputValues.Normalize(value));

    private static bool ValidDate(int y, int m, int d) => y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
}
