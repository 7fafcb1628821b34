namespace WorkflowHub.GraphQL.Language;

public ref partial struct Parser
{
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = new ListBuilder<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(description, directives, operationTypes.ToArrayAndFree(), LocationFrom(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Mark();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, LocationFrom(start));
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives, LocationFrom(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, LocationFrom(start));
    }

    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return Array.Empty<NamedTypeNode>();
        }

        ExpectOptional(TokenKind.Ampersand);
        var interfaces = new ListBuilder<NamedTypeNode>();
        do
        {
            interfaces.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return interfaces.ToArrayAndFree();
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return Array.Empty<FieldDefinitionNode>();
        }

        var fields = new ListBuilder<FieldDefinitionNode>();
        do
        {
            var start = Mark();
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            fields.Add(new FieldDefinitionNode(description, name, arguments, type, directives, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return fields.ToArrayAndFree();
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return Array.Empty<InputValueDefinitionNode>();
        }

        var values = new ListBuilder<InputValueDefinitionNode>();
        do
        {
            values.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return values.ToArrayAndFree();
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives, LocationFrom(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types, LocationFrom(start));
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equals))
        {
            return Array.Empty<NamedTypeNode>();
        }

        ExpectOptional(TokenKind.Pipe);
        var types = new ListBuilder<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return types.ToArrayAndFree();
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values, LocationFrom(start));
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return Array.Empty<EnumValueDefinitionNode>();
        }

        var values = new ListBuilder<EnumValueDefinitionNode>();
        do
        {
            var start = Mark();
            var description = ParseDescription();
            var value = _lexer.ValueText;
            if (value is "true" or "false" or "null")
            {
                throw Error(_lexer.Start, $"{Describe(_lexer)} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            values.Add(new EnumValueDefinitionNode(description, name, directives, LocationFrom(start)));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return values.ToArrayAndFree();
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        return new InputObjectTypeDefinitionNode(description, name, directives, fields, LocationFrom(start));
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var locations = new ListBuilder<NameNode>();
        do
        {
            var token = _lexer;
            var location = ParseName();

            // Checked after consuming the name, as graphql-js does, so a lexical error in the next token wins.
            if (!DirectiveLocations.TryParse(location.Value, out _))
            {
                throw Unexpected(token);
            }

            locations.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations.ToArrayAndFree(), LocationFrom(start));
    }

    private ITypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = LookAhead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.RawText)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = new ListBuilder<OperationTypeDefinitionNode>();
        if (ExpectOptional(TokenKind.LeftBrace))
        {
            do
            {
                operationTypes.Add(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.RightBrace));
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes.ToArrayAndFree(), LocationFrom(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, LocationFrom(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, LocationFrom(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, LocationFrom(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, LocationFrom(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, LocationFrom(start));
    }
}
