using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Tests.Language;

public class LexerTests
{
    private static List<(TokenKind Kind, string Text, int Line, int Column)> Tokens(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<(TokenKind, string, int, int)>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens.Add((lexer.Kind, lexer.StringValue ?? new string(lexer.RawText), lexer.Line, lexer.Column));
        }

        return tokens;
    }

    private static (TokenKind Kind, string Value) Single(string source)
    {
        var lexer = new Lexer(source);
        lexer.Advance();
        var result = (lexer.Kind, lexer.StringValue ?? new string(lexer.RawText));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        return result;
    }

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() =>
        {
            var lexer = new Lexer(source);
            while (lexer.Advance() != TokenKind.EndOfFile)
            {
            }
        });

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    [InlineData("name_1", TokenKind.Name)]
    [InlineData("_Underscore", TokenKind.Name)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("1234567890123456789", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("-0.0", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("6.02E+23", TokenKind.Float)]
    [InlineData("1.5e-3", TokenKind.Float)]
    [InlineData("\"text\"", TokenKind.String)]
    [InlineData("\"\"\"block\"\"\"", TokenKind.BlockString)]
    public void Should_read_every_token_kind(string source, TokenKind expected)
    {
        Assert.Equal(expected, Single(source).Kind);
    }

    [Fact]
    public void Should_start_at_start_of_file_and_stay_at_end_of_file()
    {
        var lexer = new Lexer("a");
        Assert.Equal(TokenKind.StartOfFile, lexer.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(1, lexer.Start);
    }

    [Fact]
    public void Should_skip_whitespace_commas_comments_and_bom()
    {
        var tokens = Tokens("\uFEFF  ,,\t# a comment { not a token }\n  name # trailing\r\n,other");
        Assert.Equal([(TokenKind.Name, "name", 2, 3), (TokenKind.Name, "other", 3, 2)], tokens);
    }

    [Fact]
    public void Should_count_lines_for_lf_crlf_and_cr()
    {
        var tokens = Tokens("a\nb\r\nc\rd\n\r\ne");
        Assert.Equal([1, 2, 3, 4, 6], tokens.Select(t => t.Line));
        Assert.All(tokens, t => Assert.Equal(1, t.Column));
    }

    [Fact]
    public void Should_track_lines_after_a_multi_line_block_string()
    {
        var tokens = Tokens("\"\"\"\n  one\n  two\n\"\"\" next");
        Assert.Equal((TokenKind.Name, "next", 4, 5), tokens[1]);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"\"", "")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1234}\\u{0041}\"", "\u1234A")]
    [InlineData("\"\\u{1F600} \\u{0}\"", "\U0001F600 \0")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"raw \U0001F600 pair\"", "raw \U0001F600 pair")]
    [InlineData("\"control \u0007 allowed\"", "control \u0007 allowed")]
    public void Should_decode_string_escapes(string source, string expected)
    {
        Assert.Equal((TokenKind.String, expected), Single(source));
    }

    [Theory]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".")]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".")]
    [InlineData("\"\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\uD83Dx\"", "Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\uXYZW\"", "Invalid Unicode escape sequence: \"\\uXYZW\".")]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\", "Invalid character escape sequence: \"\\\".")]
    public void Should_reject_invalid_escapes(string source, string expected)
    {
        var error = LexError(source);
        Assert.Equal(expected, error.Description);
        Assert.Equal((1, 2), (error.Line, error.Column));
    }

    [Fact]
    public void Should_report_line_and_column_of_unterminated_string()
    {
        var error = LexError("{\n  a(x: \"no end\n}");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal((2, 15), (error.Line, error.Column));
    }

    [Fact]
    public void Should_report_unterminated_block_string_at_end_of_file()
    {
        var error = LexError("\"\"\"\nabc");
        Assert.Equal("Unterminated string.", error.Description);
        Assert.Equal((2, 4), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"  white space  \"\"\"", "  white space  ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\r\nline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"\n\n    spans\n      multiple\n    lines\n\n  \"\"\"", "spans\n  multiple\nlines")]
    [InlineData("\"\"\"  first keeps\n    indent\n    removed\"\"\"", "  first keeps\nindent\nremoved")]
    [InlineData("\"\"\"\n  \n\t\n\"\"\"", "")]
    [InlineData("\"\"\"\n\tTabbed\n\t  mixed\n\"\"\"", "Tabbed\n  mixed")]
    [InlineData("\"\"\"   \n  only line  \n\"\"\"", "only line  ")]
    public void Should_dedent_block_strings(string source, string expected)
    {
        Assert.Equal((TokenKind.BlockString, expected), Single(source));
    }

    [Theory]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    public void Should_reject_numbers_the_spec_forbids(string source, string expected, int column)
    {
        var error = LexError(source);
        Assert.Equal(expected, error.Description);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\"\"\u0000", "Unexpected character: U+0000.")]
    [InlineData("\u00AA", "Unexpected character: U+00AA.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("'x'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Should_reject_unexpected_characters(string source, string expected)
    {
        Assert.Equal(expected, LexError(source).Description);
    }

    [Fact]
    public void Should_reject_lone_surrogates_inside_and_outside_strings()
    {
        var lone = ((char)0xD800).ToString();
        Assert.Equal("Invalid character within String: U+D800.", LexError("\"" + lone + "\"").Description);
        Assert.Equal("Invalid character: U+DE00.", LexError(((char)0xDE00).ToString()).Description);
    }

    [Fact]
    public void Should_expose_token_offsets()
    {
        var lexer = new Lexer("  query  ");
        lexer.Advance();
        Assert.Equal((2, 7, 1, 3), (lexer.Start, lexer.End, lexer.Line, lexer.Column));
        Assert.Equal("query", lexer.RawText.ToString());
    }
}
