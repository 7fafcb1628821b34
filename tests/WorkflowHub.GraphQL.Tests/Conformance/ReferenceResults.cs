using System.Diagnostics;
using System.Text.Json;

namespace WorkflowHub.GraphQL.Tests.Conformance;

/// <summary>One error as graphql-js reported it: message and 1-based locations (path for execution errors).</summary>
public sealed record ReferenceError(string Message, IReadOnlyList<(int Line, int Column)> Locations, JsonElement? Path);

/// <summary>
/// One corpus document with what its name and header expect and what graphql-js did with it.
/// <see cref="Phase"/> is where graphql-js stopped: <c>syntax</c> (parse error), <c>validation</c>
/// (validation errors) or <c>execution</c> (valid; <see cref="Result"/> holds the response).
/// </summary>
public sealed record ConformanceCase(
    string File,
    string Source,
    string? Expect,
    string? ExpectPhase,
    string? ReferenceDiffers,
    bool ReferenceThrew,
    string Phase,
    IReadOnlyList<ReferenceError> Errors,
    JsonElement? Result,
    JsonElement? Variables,
    string? OperationName)
{
    public override string ToString() => File;
}

/// <summary>
/// Runs the graphql-js reference runner once per test run and loads its verdicts for every corpus
/// document (syntax, validation and execution phases). The repository root is found by walking up
/// to <c>WorkflowHub.sln</c>; the runner needs node and the runner's installed packages
/// (<c>npm ci</c> in <c>tests/graphql-conformance</c>).
/// </summary>
public static class ReferenceResults
{
    private static readonly Lazy<Loaded> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<string> Root = new(FindRepositoryRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The repository root (the folder holding <c>WorkflowHub.sln</c>); finding it does not run node.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The <c>tests/graphql-conformance</c> folder.</summary>
    public static string ConformanceDirectory => Path.Combine(RepositoryRoot, "tests", "graphql-conformance");

    public static string GraphQLJsVersion => Instance.Value.Version;

    /// <summary>Every corpus case, ordered by file name.</summary>
    public static IReadOnlyList<ConformanceCase> Cases => Instance.Value.Cases;

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "WorkflowHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find WorkflowHub.sln above {AppContext.BaseDirectory}.");
    }

    private static Loaded Load()
    {
        var root = RepositoryRoot;
        var conformance = ConformanceDirectory;
        var output = RunNodeScript("reference.mjs");

        using var json = JsonDocument.Parse(output);
        var version = json.RootElement.GetProperty("graphqlJsVersion").GetString() ?? "?";
        var cases = new List<ConformanceCase>();
        foreach (var entry in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var path = Path.Combine(conformance, "corpus", file.Replace('/', Path.DirectorySeparatorChar));
            var source = System.IO.File.ReadAllText(path);
            JsonElement? variables = null;
            string? operationName = null;
            var sidecar = Path.ChangeExtension(path, ".json");
            if (System.IO.File.Exists(sidecar))
            {
                using var sidecarJson = JsonDocument.Parse(System.IO.File.ReadAllText(sidecar));
                if (sidecarJson.RootElement.TryGetProperty("variables", out var v) && v.ValueKind != JsonValueKind.Null)
                {
                    variables = v.Clone();
                }

                if (sidecarJson.RootElement.TryGetProperty("operationName", out var op) && op.ValueKind == JsonValueKind.String)
                {
                    operationName = op.GetString();
                }
            }

            cases.Add(new ConformanceCase(
                file,
                source,
                OptionalString(entry, "expect"),
                OptionalString(entry, "expectPhase"),
                OptionalString(entry, "referenceDiffers"),
                entry.TryGetProperty("referenceThrew", out var threw) && threw.ValueKind == JsonValueKind.True,
                entry.GetProperty("phase").GetString()!,
                entry.GetProperty("errors").EnumerateArray().Select(ReadError).ToList(),
                entry.TryGetProperty("result", out var result) ? result.Clone() : null,
                variables,
                operationName));
        }

        return new Loaded(root, version, cases);
    }

    /// <summary>
    /// Runs a node script (a path relative to <c>tests/graphql-conformance</c>, which is also the
    /// working directory) and returns its standard output. Fails with a clear message when node or
    /// the runner's packages are missing.
    /// </summary>
    public static string RunNodeScript(string script, params string[] arguments)
    {
        var conformance = ConformanceDirectory;
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"The graphql-js reference runner's packages are not installed: run `npm ci` in {conformance} (CI does this).");
        }

        try
        {
            return RunNode(conformance, [script, .. arguments]);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("node was not found on PATH; the conformance tests need Node.js 20 or later to run graphql-js.", e);
        }
    }

    private static string RunNode(string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} did not finish within 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed (exit {process.ExitCode}):\n{stderr.Result}");
        }

        return stdout.Result;
    }

    private static ReferenceError ReadError(JsonElement error)
    {
        var locations = new List<(int, int)>();
        if (error.TryGetProperty("locations", out var locs))
        {
            foreach (var loc in locs.EnumerateArray())
            {
                locations.Add((loc.GetProperty("line").GetInt32(), loc.GetProperty("column").GetInt32()));
            }
        }

        return new ReferenceError(
            error.GetProperty("message").GetString()!,
            locations,
            error.TryGetProperty("path", out var path) ? path.Clone() : null);
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record Loaded(string Root, string Version, IReadOnlyList<ConformanceCase> Cases);
}
