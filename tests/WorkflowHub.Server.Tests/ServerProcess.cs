using System.Diagnostics;
using System.Net;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Server.Tests;

/// <summary>The real server binary in its own process, on a loopback port, so a test can SIGKILL it.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private Process _process;
    private System.Collections.Concurrent.ConcurrentQueue<string> _tail = new();
    private ProcessStartInfo _info = null!;

    private ServerProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the server on the test's database, in <paramref name="folder"/>, and waits until it is healthy.</summary>
    public static async Task<ServerProcess> StartAsync(TestDatabase database, string folder, string workflowsFolder, params string[] extraArgs)
    {
        var port = LoopbackPorts.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "WorkflowHub.Server.dll"), "--urls", $"http://127.0.0.1:{port}",
                     "--WorkflowHub:WorkflowsFolder", workflowsFolder, "--Logging:LogLevel:Default", "Warning",
                 }.Concat(database.Arguments).Concat(extraArgs))
            info.ArgumentList.Add(arg);
        var server = new ServerProcess(Launch(info, out var tail), port) { _tail = tail, _info = info };
        await server.WaitHealthyAsync();
        return server;
    }

    /// <summary>Starts the server again, same arguments and port, after it was killed or stopped; waits until it is ready.</summary>
    public async Task RestartAsync()
    {
        if (!_process.HasExited) throw new InvalidOperationException("The server still runs.");
        _process.Dispose();
        _process = Launch(_info, out _tail);
        await WaitHealthyAsync();
    }

    private static Process Launch(ProcessStartInfo info, out System.Collections.Concurrent.ConcurrentQueue<string> tail)
    {
        var process = Process.Start(info)!;
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            lines.Enqueue(line);
            while (lines.Count > 40) lines.TryDequeue(out _);
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        tail = lines;
        return process;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut to the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or an operator stops the service: the server drains and exits by itself.</summary>
    public void Terminate()
    {
        if (SendSignal(_process.Id, 15) != 0) throw new InvalidOperationException($"Could not send SIGTERM to {_process.Id}.");
    }

    /// <summary>The exit code, or null when the process still runs after <paramref name="patience"/>.</summary>
    public async Task<int?> ExitCodeAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public string Output => string.Join("\n", _tail);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the output
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}. Its last output:\n{string.Join("\n", _tail)}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("The server did not become ready within 60 s.");
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Tests that start real server processes and SIGKILL them run one at a time: on two cores, two of them at once starve each other.</summary>
[CollectionDefinition(Name)]
public sealed class ServerProcessCollection
{
    public const string Name = "server processes";
}
