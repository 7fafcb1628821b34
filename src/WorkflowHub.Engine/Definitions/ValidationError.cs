namespace WorkflowHub.Engine.Definitions;

/// <summary>One problem in a definition, located by a JSON path such as <c>$.activities[3].properties.deadline</c>.</summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

public sealed class DefinitionInvalidException(IReadOnlyList<ValidationError> errors)
    : Exception("The workflow definition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}
