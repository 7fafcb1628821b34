using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Validation;

/// <summary>
/// One validation rule: a visitor that <see cref="DocumentWalker"/> calls for the node kinds it
/// lists in <see cref="EnterKinds"/> and <see cref="LeaveKinds"/>, in document order, while
/// <see cref="ValidationContext"/> carries the type information of the current position.
/// A new instance is made for each validation, so rules may keep state in fields.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>The node kinds <see cref="Enter"/> is called for.</summary>
    public virtual IReadOnlyList<SyntaxKind> EnterKinds => [];

    /// <summary>The node kinds <see cref="Leave"/> is called for.</summary>
    public virtual IReadOnlyList<SyntaxKind> LeaveKinds => [];

    /// <summary>
    /// Called before the node's children are walked. Return false to skip the children (and
    /// this node's <see cref="Leave"/>) for this rule only.
    /// </summary>
    public virtual bool Enter(ValidationContext context, ISyntaxNode node) => true;

    /// <summary>Called after the node's children were walked.</summary>
    public virtual void Leave(ValidationContext context, ISyntaxNode node)
    {
    }
}
