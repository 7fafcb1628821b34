using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types.Introspection;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// The spec's type-system validation with graphql-js's messages: root types, names, directives,
/// fields and arguments in the right positions, interface implementation (also transitive),
/// unions, enums, input objects (non-null cycles, <c>@oneOf</c> rules).
/// </summary>
internal sealed class SchemaValidator
{
    private readonly Schema _schema;
    private readonly List<SchemaError> _errors = [];

    private SchemaValidator(Schema schema) => _schema = schema;

    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params ISyntaxNode?[] nodes) =>
        _errors.Add(new SchemaError(message, nodes.Where(n => n is not null).Cast<ISyntaxNode>().ToList()));

    private void ValidateRootTypes()
    {
        if (_schema.QueryType is null)
        {
            Report("Query root type must be provided.", _schema.SyntaxNode);
        }
    }

    private void ValidateDirectives()
    {
        var seen = new HashSet<string>();
        foreach (var directive in _schema.Directives)
        {
            ValidateName(directive.Name, directive.SyntaxNode);
            if (!seen.Add(directive.Name))
            {
                Report($"Directive @{directive.Name} can only be defined once.", directive.SyntaxNode);
            }

            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", argument.SyntaxNode);
                }
            }
        }
    }

    private void ValidateTypes()
    {
        var circularRefs = new InputObjectCycleDetector(this);
        foreach (var type in _schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.SyntaxNode);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    circularRefs.Detect(input);
                    break;
            }
        }
    }

    private void ValidateName(string name, ISyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }

        if (name.Length == 0 || !Lexer.IsNameStart(name[0]))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }

        if (!name.All(c => Lexer.IsNameContinue(c)))
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
    }

    private void ValidateFields(ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", type.SyntaxNode);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", argument.SyntaxNode);
                }
            }
        }
    }

    private void ValidateInterfaces(ComplexOutputType type)
    {
        var seen = new HashSet<string>();
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(implemented, type))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.SyntaxNode);
                continue;
            }

            if (!seen.Add(implemented.Name))
            {
                Report($"Type {type.Name} can only implement {implemented.Name} once.", type.SyntaxNode);
                continue;
            }

            ValidateImplementsAncestors(type, implemented);
            ValidateImplementsInterface(type, implemented);
        }
    }

    private void ValidateImplementsInterface(ComplexOutputType type, InterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var fieldName = interfaceField.Name;
            if (!type.Fields.TryGetField(fieldName, out var typeField))
            {
                Report($"Interface field {implemented.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    interfaceField.SyntaxNode, type.SyntaxNode);
                continue;
            }

            if (!_schema.IsTypeSubTypeOf(typeField.Type, interfaceField.Type))
            {
                Report($"Interface field {implemented.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.SyntaxNode, typeField.SyntaxNode);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argumentName = interfaceArgument.Name;
                if (!typeField.Arguments.TryGetField(argumentName, out var typeArgument))
                {
                    Report($"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.SyntaxNode, typeField.SyntaxNode);
                    continue;
                }

                if (!interfaceArgument.Type.IsEqualType(typeArgument.Type))
                {
                    Report($"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.SyntaxNode, typeArgument.SyntaxNode);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (!interfaceField.Arguments.ContainsField(typeArgument.Name) && typeArgument.IsRequired())
                {
                    Report($"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {implemented.Name}.{fieldName}.",
                        typeArgument.SyntaxNode, interfaceField.SyntaxNode);
                }
            }
        }
    }

    private void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType implemented)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.",
                    type.SyntaxNode, implemented.SyntaxNode);
            }
        }
    }

    private void ValidateUnionMembers(UnionType union)
    {
        if (union.Types.Count == 0)
        {
            Report($"Union type {union.Name} must define one or more member types.", union.SyntaxNode);
        }

        var seen = new HashSet<string>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                Report($"Union type {union.Name} can only include type {member.Name} once.", union.SyntaxNode);
            }
        }
    }

    private void ValidateEnumValues(EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            Report($"Enum type {enumType.Name} must define one or more values.", enumType.SyntaxNode);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.SyntaxNode);
            if (value.Name is "true" or "false" or "null")
            {
                Report($"Enum values cannot be named: {value.Name}", value.SyntaxNode);
            }
        }
    }

    private void ValidateInputFields(InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            Report($"Input Object type {input.Name} must define one or more fields.", input.SyntaxNode);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.SyntaxNode);
            }

            if (field.IsRequired() && field.IsDeprecated)
            {
                Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", field.SyntaxNode);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.SyntaxNode);
                }

                if (field.HasDefaultValue)
                {
                    Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }

    /// <summary>Finds input objects that require themselves through non-null (non-list) fields, which no value could satisfy.</summary>
    private sealed class InputObjectCycleDetector(SchemaValidator validator)
    {
        private readonly HashSet<InputObjectType> _visited = [];
        private readonly List<InputField> _fieldPath = [];
        private readonly Dictionary<InputObjectType, int> _pathIndexByType = [];

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input))
            {
                return;
            }

            _pathIndexByType[input] = _fieldPath.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
                {
                    continue;
                }

                _fieldPath.Add(field);
                if (!_pathIndexByType.TryGetValue(fieldType, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cycle = _fieldPath.Skip(cycleIndex).ToList();
                    validator.Report(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        cycle.Select(f => f.SyntaxNode).ToArray());
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }

            _pathIndexByType.Remove(input);
        }
    }
}
