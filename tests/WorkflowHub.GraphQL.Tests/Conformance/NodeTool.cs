using System.Diagnostics;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>Runs one of the graphql-js tools of the conformance folder with node.</summary>
public static class NodeTool
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="stdin"/> as input; returns stdout, or throws with stderr on a non-zero exit.</summary>
    public static string Run(string script, string? stdin = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = ReferenceResults.ConformanceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} did not finish within a minute.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed (exit {process.ExitCode}):\n{stderr.Result}");
        }

        return stdout.Result;
    }
}
