namespace WorkflowHub.GraphQL.Language;

public ref partial struct Parser
{
    private IValueNode ParseValueLiteral(bool isConst)
    {
        EnsureStackRoom();
        var start = Mark();
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = new string(_lexer.RawText);
                Advance();
                return new IntValueNode(value, LocationFrom(start));
            }

            case TokenKind.Float:
            {
                var value = new string(_lexer.RawText);
                Advance();
                return new FloatValueNode(value, LocationFrom(start));
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var text = _lexer.RawText;
                var keyword = text switch
                {
                    "true" => 1,
                    "false" => 2,
                    "null" => 3,
                    _ => 0,
                };
                var enumValue = keyword == 0 ? NameCache.Get(text) : null;
                Advance();
                return keyword switch
                {
                    1 => new BooleanValueNode(true, LocationFrom(start)),
                    2 => new BooleanValueNode(false, LocationFrom(start)),
                    3 => new NullValueNode(LocationFrom(start)),
                    _ => new EnumValueNode(enumValue!, LocationFrom(start)),
                };
            }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollarStart = _lexer.Start;
                    var dollar = _lexer;
                    Advance();
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw Error(dollarStart, $"Unexpected variable \"${new string(_lexer.RawText)}\" in constant value.");
                    }

                    throw Unexpected(dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Mark();
        var value = _lexer.StringValue!;
        var block = _lexer.Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(value, block, LocationFrom(start));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.LeftBracket);
        var items = new ListBuilder<IValueNode>();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            items.Add(ParseValueLiteral(isConst));
        }

        return new ListValueNode(items.ToArrayAndFree(), LocationFrom(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.LeftBrace);
        var fields = new ListBuilder<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Mark();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            fields.Add(new ObjectFieldNode(name, value, LocationFrom(fieldStart)));
        }

        return new ObjectValueNode(fields.ToArrayAndFree(), LocationFrom(start));
    }

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
