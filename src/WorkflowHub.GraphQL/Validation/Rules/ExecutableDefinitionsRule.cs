using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.1.1 Executable Definitions: a document to execute holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Document];

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is IExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                ITypeDefinitionNode type => '"' + type.Name.Value + '"',
                ITypeExtensionNode extension => '"' + extension.Name.Value + '"',
                DirectiveDefinitionNode directive => '"' + directive.Name.Value + '"',
                _ => "\"\"",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return false;
    }
}
