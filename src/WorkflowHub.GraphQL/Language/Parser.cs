using System.Runtime.CompilerServices;

namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Recursive descent parser for the whole GraphQL grammar (executable and type-system
/// definitions and extensions). Use the static entry points:
/// <see cref="Parse(string, ParserOptions?)"/> for documents, <see cref="ParseValue"/>,
/// <see cref="ParseConstValue"/> and <see cref="ParseType"/> for fragments of syntax.
/// Errors throw <see cref="GraphQLSyntaxException"/> worded and located like graphql-js.
/// </summary>
public ref partial struct Parser
{
    private Lexer _lexer;
    private readonly int _maxTokens;
    private int _tokenCount;
    private int _lastEnd;

    private Parser(ReadOnlySpan<char> source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _maxTokens = options?.MaxTokens ?? int.MaxValue;
    }

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(source.AsSpan(), options);

    /// <summary>Parses a whole document.</summary>
    public static DocumentNode Parse(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal that may contain variables, e.g. <c>[1, $x]</c>.</summary>
    public static IValueNode ParseValue(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a single constant value literal (no variables).</summary>
    public static IValueNode ParseConstValue(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static ITypeNode ParseType(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        var definitions = new ListBuilder<IDefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(definitions.ToArrayAndFree(), new Location(0, _lexer.Source.Length, 1, 1));
    }

    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? LookAhead() : _lexer;

        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.RawText)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.RawText.SequenceEqual("extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- token helpers -------------------------------------------------------------------

    private readonly struct StartMark(int start, int line, int column)
    {
        public readonly int Start = start;
        public readonly int Line = line;
        public readonly int Column = column;
    }

    private readonly StartMark Mark() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    private readonly Location LocationFrom(in StartMark start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    private readonly bool PeekKeyword(string keyword) => _lexer.Kind == TokenKind.Name && _lexer.RawText.SequenceEqual(keyword);

    private readonly Lexer LookAhead()
    {
        var copy = _lexer;
        copy.Advance();
        return copy;
    }

    private void Advance()
    {
        _lastEnd = _lexer.End;
        if (_lexer.Advance() != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw Error(_lexer.Start, $"Document contains more that {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Error(_lexer.Start, $"Expected {kind.Describe()}, found {Describe(_lexer)}.");
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            throw Error(_lexer.Start, $"Expected \"{keyword}\", found {Describe(_lexer)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_lexer);

    private readonly GraphQLSyntaxException Unexpected(in Lexer token) => Error(token.Start, $"Unexpected {Describe(token)}.");

    /// <summary>
    /// Deeply nested selections, lists, objects or types would exhaust the stack and kill the
    /// process; stop with a syntax error instead while there is still room.
    /// </summary>
    private readonly void EnsureStackRoom()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_lexer.Start, "Document is nested too deeply. Parsing aborted.");
        }
    }

    private readonly GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_lexer.Source, position, description);

    private static string Describe(in Lexer token)
    {
        var value = token.ValueText;
        return value is null ? token.Kind.Describe() : $"{token.Kind.Describe()} \"{value}\"";
    }

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Error(_lexer.Start, $"Expected Name, found {Describe(_lexer)}.");
        }

        var start = Mark();
        var value = NameCache.Get(_lexer.RawText);
        Advance();
        return new NameNode(value, LocationFrom(start));
    }
}
