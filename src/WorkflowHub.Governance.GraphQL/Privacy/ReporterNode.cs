using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Governance.GraphQL.Privacy;

public enum ReporterVisibility
{
    /// <summary>Name, phone and address as given: the case owner, the assignee, the handling grid's staff, street and district officers over it.</summary>
    Full,
    /// <summary>Name reduced and phone masked ("张*", "138****5678"); no address.</summary>
    Masked,
    /// <summary>Nothing: the reporter asked not to be disclosed.</summary>
    Withheld,
}

[GraphQLName("Reporter")]
[GraphQLDescription("Who reported a request, as this caller may see them: in full, masked, or withheld with the reason.")]
public sealed record ReporterNode(
    string? Name,
    string? Phone,
    [property: GraphQLDescription("Only in full view.")] string? Address,
    [property: GraphQLDescription("The reporter asked that the handling department never learn who they are.")] bool DoNotDisclose,
    ReporterVisibility Visibility,
    [property: GraphQLDescription("Why name and phone are null.")] string? WithheldReason);
