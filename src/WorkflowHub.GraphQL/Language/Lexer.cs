using System.Text;

namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Splits GraphQL source text into tokens without regular expressions and without allocating
/// for punctuators, names or numbers (their text stays a slice of the source, see
/// <see cref="RawText"/>). Whitespace, commas, line terminators, comments and a BOM are skipped.
/// Start at <see cref="TokenKind.StartOfFile"/> and call <see cref="Advance"/> until
/// <see cref="TokenKind.EndOfFile"/>. Errors throw <see cref="GraphQLSyntaxException"/>
/// worded like graphql-js.
/// </summary>
public ref struct Lexer
{
    private readonly ReadOnlySpan<char> _source;
    private int _line;
    private int _lineStart;

    public Lexer(ReadOnlySpan<char> source)
    {
        _source = source;
        _line = 1;
        _lineStart = 0;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token's start (0 for the start-of-file token).</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token's start (0 for the start-of-file token).</summary>
    public int Column { get; private set; }

    /// <summary>The decoded value of a String or BlockString token; null for other kinds.</summary>
    public string? StringValue { get; private set; }

    /// <summary>The current token's source text.</summary>
    public readonly ReadOnlySpan<char> RawText => _source[Start..End];

    /// <summary>The whole source being lexed.</summary>
    public readonly ReadOnlySpan<char> Source => _source;

    /// <summary>The token's value as graphql-js reports it in messages: names and numbers as written, strings decoded.</summary>
    public readonly string? ValueText => Kind switch
    {
        TokenKind.String or TokenKind.BlockString => StringValue,
        TokenKind.Name or TokenKind.Int or TokenKind.Float => new string(RawText),
        _ => null,
    };

    /// <summary>Moves to the next token and returns its kind.</summary>
    public TokenKind Advance()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return Kind;
        }

        StringValue = null;
        ReadNextToken(End);
        return Kind;
    }

    private void ReadNextToken(int position)
    {
        var source = _source;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += At(position + 1) == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': SetToken(TokenKind.Bang, position, position + 1); return;
                case '$': SetToken(TokenKind.Dollar, position, position + 1); return;
                case '&': SetToken(TokenKind.Ampersand, position, position + 1); return;
                case '(': SetToken(TokenKind.LeftParenthesis, position, position + 1); return;
                case ')': SetToken(TokenKind.RightParenthesis, position, position + 1); return;
                case ':': SetToken(TokenKind.Colon, position, position + 1); return;
                case '=': SetToken(TokenKind.Equals, position, position + 1); return;
                case '@': SetToken(TokenKind.At, position, position + 1); return;
                case '[': SetToken(TokenKind.LeftBracket, position, position + 1); return;
                case ']': SetToken(TokenKind.RightBracket, position, position + 1); return;
                case '{': SetToken(TokenKind.LeftBrace, position, position + 1); return;
                case '|': SetToken(TokenKind.Pipe, position, position + 1); return;
                case '}': SetToken(TokenKind.RightBrace, position, position + 1); return;
                case '.':
                    if (At(position + 1) == '.' && At(position + 2) == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                    }

                    break;
                case '"':
                    if (At(position + 1) == '"' && At(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
            }

            if (IsDigit(code) || code == '-')
            {
                ReadNumber(position, code);
                return;
            }

            if (IsNameStart(code))
            {
                ReadName(position);
                return;
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : !char.IsSurrogate(code) || IsSurrogatePairAt(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        SetToken(TokenKind.EndOfFile, source.Length, source.Length);
    }

    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart;
    }

    private readonly int SkipComment(int start)
    {
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                // A lone surrogate ends the comment; the next scan reports it as an invalid character.
                break;
            }
        }

        return position;
    }

    private void ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while ((uint)position < (uint)source.Length)
        {
            var c = source[position];
            if (!(char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                break;
            }

            position++;
        }

        SetToken(TokenKind.Name, start, position);
    }

    private void ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        // A number may not run straight into a dot or a name: 1.2.3, 1x, 0x1F.
        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;

        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"')
            {
                SetToken(TokenKind.String, start, position + 1);
                StringValue = builder is null
                    ? new string(source[chunkStart..position])
                    : builder.Append(source[chunkStart..position]).ToString();
                return;
            }

            if (code == '\\')
            {
                builder ??= new StringBuilder(position - chunkStart + 16);
                builder.Append(source[chunkStart..position]);
                var size = At(position + 1) == 'u'
                    ? At(position + 2) == '{'
                        ? ReadVariableWidthUnicodeEscape(position, builder)
                        : ReadFixedWidthUnicodeEscape(position, builder)
                    : ReadEscapedCharacter(position, builder);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position += SourceCharacterWidth(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int SourceCharacterWidth(int position)
    {
        if (!char.IsSurrogate(_source[position]))
        {
            return 1;
        }

        if (IsSurrogatePairAt(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private readonly int ReadVariableWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;

        // At most \u{00000000}: twelve characters.
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(builder, point);
                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private readonly int ReadFixedWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var code = Read16BitHex(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        // JSON-style surrogate pairs \uD83D\uDE00 are allowed, lone surrogates are not.
        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private readonly int ReadEscapedCharacter(int position, StringBuilder builder)
    {
        char? value = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (value is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        builder.Append(value.Value);
        return 2;
    }

    private void ReadBlockString(int start)
    {
        var source = _source;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();

        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(source[chunkStart..position]);
                lines.Add(currentLine.ToString());
                SetToken(TokenKind.BlockString, start, position + 3);
                StringValue = BlockString.Dedent(lines);
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(source[chunkStart..position]);
                chunkStart = position + 1; // keep the quotes, drop the backslash
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(source[chunkStart..position]);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += SourceCharacterWidth(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private readonly int At(int index) => (uint)index < (uint)_source.Length ? _source[index] : -1;

    private readonly bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_source[position]) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]);

    private readonly string Slice(int start, int end) => new(_source[start..Math.Min(end, _source.Length)]);

    private readonly int Read16BitHex(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) |
        (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    /// <summary>Printable ASCII quoted, anything else as U+XXXX, the end as &lt;EOF&gt;.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = _source[position];
        if (IsSurrogatePairAt(position))
        {
            code = char.ConvertToUtf32(_source[position], _source[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4");
    }

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_source, position, description);

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000)
        {
            builder.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            builder.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    private static bool IsUnicodeScalarValue(int code) => code is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(int code) => code is >= '0' and <= '9';

    internal static bool IsNameStart(int code) => code is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    internal static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);
}
