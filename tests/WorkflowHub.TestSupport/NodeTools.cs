using System.Diagnostics;

namespace WorkflowHub.TestSupport;

/// <summary>Runs the Node tools of the repository's <c>tests/graphql-conformance</c> folder (installing them once with <c>npm ci</c>).</summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool s_installed;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "graphql-conformance");

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string script, params string[] arguments) =>
        RunWithInputAsync(script, null, arguments);

    /// <summary>Runs a script with <paramref name="input"/> written to its standard input.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string script, string? input, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return await RunProcessAsync(start, TimeSpan.FromSeconds(60), input);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (s_installed || File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
            {
                s_installed = true;
                return;
            }

            var install = new ProcessStartInfo("npm") { WorkingDirectory = Folder };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
            {
                install.ArgumentList.Add(argument);
            }

            var (exitCode, _, error) = await RunProcessAsync(install, TimeSpan.FromMinutes(5));
            if (exitCode != 0) throw new InvalidOperationException("npm ci failed in tests/graphql-conformance: " + error);
            s_installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int, string, string)> RunProcessAsync(ProcessStartInfo start, TimeSpan timeout, string? input = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = input is not null;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkflowHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (WorkflowHub.sln) was not found above " + AppContext.BaseDirectory);
    }
}
