using System.Globalization;
using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Utilities;

namespace WorkflowHub.GraphQL.Types.Scalars;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with offset (<c>2024-05-01T12:30:00+02:00</c>).
/// Inputs become <see cref="DateTimeOffset"/>; results are written in UTC with millisecond
/// precision and a <c>Z</c>, like JavaScript's <c>toISOString</c> (<c>2024-05-01T10:30:00.000Z</c>).
/// <see cref="DateTime"/> values of unspecified kind are taken as UTC.
/// </summary>
public sealed class DateTimeType() : ScalarType(
    "DateTime",
    "A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.",
    "https://scalars.graphql.org/andimarek/date-time")
{
    public override object? Serialize(object? runtimeValue)
    {
        var value = InputValues.Normalize(runtimeValue);
        DateTimeOffset instant;
        switch (value)
        {
            case DateTimeOffset offset:
                instant = offset;
                break;
            case DateTime dateTime:
                instant = dateTime.Kind == DateTimeKind.Unspecified
                    ? new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc))
                    : new DateTimeOffset(dateTime);
                break;
            case string text when TryParse(text, out var parsed):
                instant = parsed;
                break;
            default:
                throw new CoercionException($"DateTime cannot represent value: {Inspect.Format(value)}");
        }

        return Format(instant);
    }

    public override object? ParseValue(object? inputValue)
    {
        var value = InputValues.Normalize(inputValue);
        if (value is not string text)
        {
            throw new CoercionException($"DateTime cannot represent non-string value: {Inspect.Format(value)}");
        }

        return TryParse(text, out var parsed)
            ? parsed
            : throw new CoercionException($"DateTime cannot represent an invalid date-time string: {Inspect.Format(text)}");
    }

    public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (literal is not StringValueNode text)
        {
            throw new CoercionException($"DateTime cannot represent non-string value: {AstPrinter.Print(literal)}");
        }

        return TryParse(text.Value, out var parsed)
            ? parsed
            : throw new CoercionException($"DateTime cannot represent an invalid date-time string: {AstPrinter.Print(literal)}");
    }

    /// <summary>UTC, milliseconds, <c>Z</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Accepts exactly <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)</c>; <c>T</c> and <c>Z</c>
    /// may be lower case. Fractions beyond 100 ns are truncated.
    /// </summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var span = text.AsSpan();
        if (span.Length < 20 || span[4] != '-' || span[7] != '-' || (span[10] != 'T' && span[10] != 't') ||
            span[13] != ':' || span[16] != ':' || !AllDigits(span, 0, 4) || !AllDigits(span, 5, 2) ||
            !AllDigits(span, 8, 2) || !AllDigits(span, 11, 2) || !AllDigits(span, 14, 2) || !AllDigits(span, 17, 2))
        {
            return false;
        }

        var position = 19;
        var ticks = 0L;
        if (span[position] == '.')
        {
            var digits = 0;
            position++;
            while (position < span.Length && char.IsAsciiDigit(span[position]))
            {
                if (digits < 7)
                {
                    ticks = (ticks * 10) + (span[position] - '0');
                    digits++;
                }

                position++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (var i = digits; i < 7; i++)
            {
                ticks *= 10;
            }
        }

        TimeSpan offset;
        var rest = span[position..];
        if (rest is "Z" or "z")
        {
            offset = TimeSpan.Zero;
        }
        else if (rest.Length == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' && AllDigits(rest, 1, 2) && AllDigits(rest, 4, 2))
        {
            var hours = int.Parse(rest.Slice(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(rest.Slice(4, 2), CultureInfo.InvariantCulture);
            if (hours > 23 || minutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            return false;
        }

        if (!DateTime.TryParseExact(span[..19], "yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) &&
            !DateTime.TryParseExact(span[..19], "yyyy'-'MM'-'dd't'HH':'mm':'ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return false;
        }

        try
        {
            value = new DateTimeOffset(local.AddTicks(ticks), offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool AllDigits(ReadOnlySpan<char> span, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsAsciiDigit(span[i]))
            {
                return false;
            }
        }

        return true;
    }
}
