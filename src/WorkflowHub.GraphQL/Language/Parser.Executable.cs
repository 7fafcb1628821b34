namespace WorkflowHub.GraphQL.Language;

public ref partial struct Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Mark();
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(
                null, OperationType.Query, null, Array.Empty<VariableDefinitionNode>(),
                Array.Empty<DirectiveNode>(), shorthand, LocationFrom(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(description, operation, name, variables, directives, selectionSet, LocationFrom(start));
    }

    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Error(_lexer.Start, $"Expected Name, found {Describe(_lexer)}.");
        }

        OperationType? operation = _lexer.RawText switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => null,
        };

        // Like graphql-js, consume first: a lexical error in the next token wins over this one.
        var token = _lexer;
        Advance();
        return operation ?? throw Unexpected(token);
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return Array.Empty<VariableDefinitionNode>();
        }

        var definitions = new ListBuilder<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return definitions.ToArrayAndFree();
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives, LocationFrom(start));
    }

    private VariableNode ParseVariable()
    {
        var start = Mark();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, LocationFrom(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        EnsureStackRoom();
        var start = Mark();
        Expect(TokenKind.LeftBrace);
        var selections = new ListBuilder<ISelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SelectionSetNode(selections.ToArrayAndFree(), LocationFrom(start));
    }

    private FieldNode ParseField()
    {
        var start = Mark();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return Array.Empty<ArgumentNode>();
        }

        var arguments = new ListBuilder<ArgumentNode>();
        do
        {
            var start = Mark();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode(name, value, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return arguments.ToArrayAndFree();
    }

    private ISelectionNode ParseFragment()
    {
        var start = Mark();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, LocationFrom(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(description, name, typeCondition, directives, selectionSet, LocationFrom(start));
    }

    private NameNode ParseFragmentName()
    {
        if (PeekKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<DirectiveNode>();
        }

        var directives = new ListBuilder<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Mark();
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode(name, arguments, LocationFrom(start)));
        }

        return directives.ToArrayAndFree();
    }

    private ITypeNode ParseTypeReference()
    {
        EnsureStackRoom();
        var start = Mark();
        ITypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            type = new ListTypeNode(inner, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Mark();
        var name = ParseName();
        return new NamedTypeNode(name, LocationFrom(start));
    }
}
