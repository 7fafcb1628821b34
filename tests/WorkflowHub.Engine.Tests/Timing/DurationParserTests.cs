using WorkflowHub.Engine.Timing;

namespace WorkflowHub.Engine.Tests.Timing;

public class DurationParserTests
{
    [Theory]
    [InlineData("PT2H", 0, 2, 0, 0, 0)]
    [InlineData("P7D", 7, 0, 0, 0, 0)]
    [InlineData("P1DT12H", 1, 12, 0, 0, 0)]
    [InlineData("PT0.5S", 0, 0, 0, 0, 500)]
    [InlineData("P2W", 14, 0, 0, 0, 0)]
    [InlineData("P1W3D", 10, 0, 0, 0, 0)]
    [InlineData("PT1M", 0, 0, 1, 0, 0)]
    [InlineData("PT90S", 0, 0, 1, 30, 0)]
    [InlineData("P1DT2H3M4S", 1, 2, 3, 4, 0)]
    [InlineData("PT1.5H", 0, 1, 30, 0, 0)]
    [InlineData("PT0S", 0, 0, 0, 0, 0)]
    [InlineData("P0D", 0, 0, 0, 0, 0)]
    [InlineData("pt2h", 0, 2, 0, 0, 0)]
    [InlineData("p1dt12h30m", 1, 12, 30, 0, 0)]
    [InlineData("  PT2H \t", 0, 2, 0, 0, 0)]
    public void Parses_iso8601(string text, int days, int hours, int minutes, int seconds, int ms)
    {
        var expected = new TimeSpan(days, hours, minutes, seconds, ms);

        Assert.True(DurationParser.TryParse(text, out var value, out var error));
        Assert.Null(error);
        Assert.Equal(expected, value);
        Assert.Equal(expected, DurationParser.Parse(text));
    }

    [Theory]
    [InlineData("90s", 0, 0, 1, 30, 0)]
    [InlineData("30m", 0, 0, 30, 0, 0)]
    [InlineData("2h", 0, 2, 0, 0, 0)]
    [InlineData("7d", 7, 0, 0, 0, 0)]
    [InlineData("1w", 7, 0, 0, 0, 0)]
    [InlineData("1.5h", 0, 1, 30, 0, 0)]
    [InlineData("0.25s", 0, 0, 0, 0, 250)]
    [InlineData("1d12h", 1, 12, 0, 0, 0)]
    [InlineData("2h30m", 0, 2, 30, 0, 0)]
    [InlineData("1d2h3m4s", 1, 2, 3, 4, 0)]
    [InlineData("2h30m15.5s", 0, 2, 30, 15, 500)]
    [InlineData("2H30M", 0, 2, 30, 0, 0)]
    [InlineData(" 45S ", 0, 0, 0, 45, 0)]
    [InlineData("0s", 0, 0, 0, 0, 0)]
    public void Parses_short_form(string text, int days, int hours, int minutes, int seconds, int ms)
    {
        Assert.True(DurationParser.TryParse(text, out var value, out var error), error);
        Assert.Equal(new TimeSpan(days, hours, minutes, seconds, ms), value);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P2Y3M")]
    [InlineData("p1m2d")]
    [InlineData("P1MT2H")]
    public void Rejects_months_and_years_with_advice_to_use_days(string text)
    {
        Assert.False(DurationParser.TryParse(text, out var value, out var error));
        Assert.Equal(TimeSpan.Zero, value);
        Assert.Contains($"'{text}'", error);
        Assert.Contains("no fixed length", error);
        Assert.Contains("days", error);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("P", "'P' must be followed")]
    [InlineData("PT", "'T' must be followed")]
    [InlineData("P1DT", "'T' must be followed")]
    [InlineData("-PT1H", "negative")]
    [InlineData("-5m", "negative")]
    [InlineData("abc", "unexpected 'a'")]
    [InlineData("5", "no unit")]
    [InlineData("PT5", "no unit")]
    [InlineData("h", "unexpected 'h'")]
    [InlineData("5x", "'x' is not a valid unit")]
    [InlineData("P5H", "'H' is not a valid unit")]
    [InlineData("PT1D", "'D' is not a valid unit")]
    [InlineData("2h2h", "repeated or out of order")]
    [InlineData("30m2h", "repeated or out of order")]
    [InlineData("P1D2W", "repeated or out of order")]
    [InlineData("PT1H2H", "repeated or out of order")]
    [InlineData("1.5h30m", "only the last component")]
    [InlineData("P1.5DT2H", "only the last component")]
    [InlineData(".5h", "not a valid number")]
    [InlineData("5.h", "not a valid number")]
    [InlineData("1.2.3s", "not a valid number")]
    [InlineData("2h 30m", "unexpected ' '")]
    [InlineData("+5m", "unexpected '+'")]
    [InlineData("99999999999999999999d", "too large")]
    [InlineData("P10675200D", "too large")]
    public void Rejects_invalid_input_quoting_it_and_naming_the_expected_form(string text, string reason)
    {
        Assert.False(DurationParser.TryParse(text, out var value, out var error));
        Assert.Equal(TimeSpan.Zero, value);
        Assert.NotNull(error);
        Assert.Contains($"'{text}'", error);
        Assert.Contains(reason, error);
        Assert.Contains("expected an ISO-8601 duration such as 'PT30M'", error);
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.False(DurationParser.TryParse(null, out _, out var error));
        Assert.Contains("empty", error);
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("nope")]
    public void Parse_throws_FormatException_with_the_TryParse_message(string text)
    {
        DurationParser.TryParse(text, out _, out var error);

        var ex = Assert.Throws<FormatException>(() => DurationParser.Parse(text));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [InlineData(0, 2, 0, 0, 0, "PT2H")]
    [InlineData(7, 0, 0, 0, 0, "P7D")]
    [InlineData(1, 12, 30, 0, 0, "P1DT12H30M")]
    [InlineData(0, 0, 0, 0, 500, "PT0.5S")]
    [InlineData(0, 0, 1, 30, 0, "PT1M30S")]
    [InlineData(2, 0, 0, 5, 0, "P2DT5S")]
    [InlineData(0, 0, 0, 0, 0, "PT0S")]
    [InlineData(14, 0, 0, 0, 0, "P14D")]
    public void Formats_canonical_iso8601(int days, int hours, int minutes, int seconds, int ms, string expected)
    {
        Assert.Equal(expected, DurationParser.Format(new TimeSpan(days, hours, minutes, seconds, ms)));
    }

    [Fact]
    public void Formats_sub_millisecond_fractions_without_trailing_zeros()
    {
        Assert.Equal("PT1.0000001S", DurationParser.Format(TimeSpan.FromTicks(TimeSpan.TicksPerSecond + 1)));
    }

    [Fact]
    public void Format_rejects_negative_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurationParser.Format(TimeSpan.FromSeconds(-1)));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(5_000_000L)]
    [InlineData(36_000_000_000L)]
    [InlineData(1_234_567_890_123L)]
    [InlineData(long.MaxValue)]
    public void Format_round_trips_through_Parse(long ticks)
    {
        var value = TimeSpan.FromTicks(ticks);

        Assert.Equal(value, DurationParser.Parse(DurationParser.Format(value)));
    }
}
