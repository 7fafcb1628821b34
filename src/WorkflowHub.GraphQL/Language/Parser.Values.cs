namespace WorkflowHub.GraphQL.Language;

public ref partial struct Parser
{
    private IValueNode ParseValueLiteral(bool isConst)
    {
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
                IValueNode? keyword = text switch
                {
                    "true" => new BooleanValueNode(true, default),
                    "false" => new BooleanValueNode(false, default),
                    "null" => new NullValueNode(default),
                    _ => null,
                };
                var enumValue = keyword is null ? new string(text) : null;
                Advance();
                return keyword switch
                {
                    BooleanValueNode b => new BooleanValueNode(b.Value, LocationFrom(start)),
                    NullValueNode => new NullValueNode(LocationFrom(start)),
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
        List<IValueNode>? items = null;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            (items ??= []).Add(ParseValueLiteral(isConst));
        }

        return new ListValueNode(EmptyIfNone(items), LocationFrom(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.LeftBrace);
        List<ObjectFieldNode>? fields = null;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Mark();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            (fields ??= []).Add(new ObjectFieldNode(name, value, LocationFrom(fieldStart)));
        }

        return new ObjectValueNode(EmptyIfNone(fields), LocationFrom(start));
    }

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
