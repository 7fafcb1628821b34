using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Applies graphql-js's SDL rules to nodes that are not built: operations and fragments found in SDL,
/// and repeated type definitions. Checks known types, directive placement and arguments.
/// </summary>
internal sealed class SdlOrphanNodeChecker(SdlSchemaFactory factory, SdlDirectiveChecker directives) : SyntaxWalker
{
    protected override bool Enter(ISyntaxNode node)
    {
        if (node is NamedTypeNode named)
        {
            factory.ResolveNamedType(named);
        }

        if (node is IHasDirectives { Directives.Count: > 0 } owner && LocationOf(owner, Parent) is { } location)
        {
            directives.Check(owner.Directives, location);
        }

        if (node is VariableDefinitionNode variable)
        {
            directives.CheckUniqueInputFields(variable.DefaultValue);
        }

        if (node is InputValueDefinitionNode inputValue)
        {
            directives.CheckUniqueInputFields(inputValue.DefaultValue);
        }

        if (node is ArgumentNode argument && Parent is FieldNode)
        {
            directives.CheckUniqueInputFields(argument.Value);
        }

        return true;
    }

    private static DirectiveLocation? LocationOf(IHasDirectives owner, ISyntaxNode? parent) => owner switch
    {
        ScalarTypeDefinitionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode => DirectiveLocation.Enum,
        InputObjectTypeDefinitionNode => DirectiveLocation.InputObject,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputValueDefinitionNode => parent is InputObjectTypeDefinitionNode ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition,
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
