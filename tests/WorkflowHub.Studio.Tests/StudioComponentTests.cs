using System.Diagnostics;

namespace WorkflowHub.Studio.Tests;

/// <summary>The studio's Vitest suite, run by the README's one test command: it fails with Vitest's output when a component test fails.</summary>
public sealed class StudioComponentTests
{
    [Fact]
    public async Task Should_pass_the_studio_component_tests()
    {
        var studio = Path.Combine(RepositoryRoot(), "studio");
        if (!File.Exists(Path.Combine(studio, "node_modules", ".package-lock.json")))
        {
            var (installed, installOutput) = await RunAsync(studio, TimeSpan.FromMinutes(5), "npm", "install", "--no-audit", "--no-fund");
            Assert.True(installed == 0, "npm install failed in studio/:\n" + installOutput);
        }

        var (exitCode, output) = await RunAsync(studio, TimeSpan.FromMinutes(5), "npm", "test");
        Assert.True(exitCode == 0, "npm test failed in studio/:\n" + output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string folder, TimeSpan timeout, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CI"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowHub.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("WorkflowHub.sln not found above " + AppContext.BaseDirectory);
    }
}
