namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// A paging, filter or sort argument that cannot be applied. <see cref="Path"/> names the
/// argument and the place inside it (for example <c>where.status.eq</c>), so the GraphQL layer can
/// report it against the argument's location.
/// </summary>
public sealed class DataInputException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}
