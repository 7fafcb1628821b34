using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Governance.OrgUnits;

/// <summary>Input the org tree or the people directory refuses, with every problem and where it is (a field, a file line, a JSON path).</summary>
public sealed class OrgInputException(IReadOnlyList<ValidationError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} problems, the first: {errors[0]}")
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public OrgInputException(string path, string message) : this([new ValidationError(path, message)]) { }
}

/// <summary>An org unit or person that does not exist.</summary>
public sealed class OrgNotFoundException(string message) : Exception(message);
