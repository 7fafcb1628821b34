using Microsoft.Extensions.Hosting;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.Startup;

/// <summary>After the schema is migrated: loads (or creates) the token signing keys and the first admin.</summary>
internal sealed class SecurityStartup(SigningKeyring keys, FirstAdmin admin) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await keys.LoadAsync(ct);
        await admin.EnsureAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
