using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a type. The message is worded like graphql-js
/// (e.g. <c>Int cannot represent non-integer value: 1.5</c>); execution turns it into a field
/// or variable error, located at <see cref="Node"/> when known.
/// </summary>
public sealed class CoercionException(string message) : Exception(message)
{
    /// <summary>The syntax node the problem is about (an argument value, a field), if any.</summary>
    public ISyntaxNode? Node { get; init; }
}
