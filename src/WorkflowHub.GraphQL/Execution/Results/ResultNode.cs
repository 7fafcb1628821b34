namespace WorkflowHub.GraphQL.Execution.Results;

/// <summary>
/// An object or list being built in the response. It knows its slot in its parent, so a null in a
/// non-null position can null the nearest nullable ancestor and the error path can be read back.
/// </summary>
public abstract class ResultNode
{
    /// <summary>Null for the root data object.</summary>
    internal ResultNode? Parent { get; private set; }

    internal int ParentIndex { get; private set; }

    /// <summary>True when the slot this node fills is of a non-null type (a null here nulls the parent too).</summary>
    internal bool NonNullInParent { get; private set; }

    /// <summary>Set when null propagation removed this node from the response; work inside it is abandoned.</summary>
    internal bool IsDead { get; set; }

    internal void AttachTo(ResultNode? parent, int index, bool nonNull)
    {
        Parent = parent;
        ParentIndex = index;
        NonNullInParent = nonNull;
    }

    internal abstract void SetSlot(int index, object? value);

    internal abstract object? GetSlot(int index);

    /// <summary>True when this node or an ancestor was removed from the response.</summary>
    internal bool IsDetached()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.IsDead)
            {
                return true;
            }
        }

        return false;
    }
}
