namespace WorkflowHub.Engine.GraphQL;

/// <summary>The role names the engine's schema asks for (the same names governance assigns).</summary>
public static class EngineRoles
{
    /// <summary>Edits, publishes and retires workflow definitions.</summary>
    public const string WorkflowAdmin = "workflow-admin";
}
