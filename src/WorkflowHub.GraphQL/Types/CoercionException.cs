namespace WorkflowHub.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a leaf type. The message is worded like graphql-js
/// (e.g. <c>Int cannot represent non-integer value: 1.5</c>); execution turns it into a field
/// or variable error.
/// </summary>
public sealed class CoercionException(string message) : Exception(message);
