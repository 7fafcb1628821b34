namespace WorkflowHub.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator.Validate(Types.Schema, Language.DocumentNode, ValidationOptions?)"/>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The options used when none are given: every specified rule, at most 100 errors.</summary>
    public static readonly ValidationOptions Default = new();

    /// <summary>
    /// After this many errors validation stops and adds
    /// <c>Too many validation errors, error limit reached. Validation aborted.</c> (graphql-js's default is 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves "Did you mean ...?" suggestions out of messages (they can reveal schema members).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>
    /// The rules to run, as factories (each validation gets fresh rule instances); null means
    /// <see cref="SpecifiedRules.All"/>.
    /// </summary>
    public IReadOnlyList<Func<ValidationRule>>? Rules { get; init; }
}
