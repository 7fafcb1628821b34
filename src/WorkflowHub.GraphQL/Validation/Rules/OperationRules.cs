using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];
    private Dictionary<string, NameNode>? _known;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(name.Value, out var first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", [first, name]);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return false;
    }
}

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    private static readonly SyntaxKind[] Kinds = [SyntaxKind.Document, SyntaxKind.OperationDefinition];
    private int _operationCount;

    public override IReadOnlyList<SyntaxKind> EnterKinds => Kinds;

    public override bool Enter(ValidationContext context, ISyntaxNode node)
    {
        if (node is DocumentNode document)
        {
            _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
            return true;
        }

        if (node is OperationDefinitionNode { Name: null } && _operationCount > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return false;
    }
}
