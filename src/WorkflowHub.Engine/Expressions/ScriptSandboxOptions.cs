namespace WorkflowHub.Engine.Expressions;

/// <summary>Bounds on every expression and script a workflow runs.</summary>
public sealed class ScriptSandboxOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
    public int MaxStatements { get; set; } = 100_000;
    public int MaxRecursionDepth { get; set; } = 64;
    /// <summary>Largest result (as JSON text) an expression or script may hand back.</summary>
    public int MaxResultChars { get; set; } = 1_000_000;
    /// <summary>Memory one evaluation may take before it is stopped (0: no bound). See <see cref="AllocationWatchdog"/> for how it is counted.</summary>
    public long MaxAllocatedBytes { get; set; } = 128L * 1024 * 1024;
}
