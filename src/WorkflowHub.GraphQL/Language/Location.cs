namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// Where a node or token is in its source: <see cref="Start"/> and <see cref="End"/> are
/// character offsets (end exclusive), <see cref="Line"/> and <see cref="Column"/> are the
/// 1-based position of the start, as GraphQL error locations report it.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
