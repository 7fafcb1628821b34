using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowHub.Persistence;

namespace WorkflowHub.Security.Tokens;

/// <summary>
/// The keys tokens are signed and checked with: the configured key when there is one, else the newest stored key
/// (one is generated and stored at first start, so every server on the database shares it). Every key verifies.
/// </summary>
public sealed class SigningKeyring(IDbContextFactory<WorkflowHubDbContext> contexts, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public const int MinKeyBytes = 32;
    private volatile IReadOnlyDictionary<string, byte[]> _keys = new Dictionary<string, byte[]>();
    private volatile string? _current;

    public bool IsLoaded => _current is not null;

    /// <summary>The id and key that sign new tokens.</summary>
    public (string Id, byte[] Key) Current =>
        _current is { } id ? (id, _keys[id]) : throw new InvalidOperationException("The signing keys are not loaded yet.");

    public byte[]? Find(string? id) => id is not null && _keys.TryGetValue(id, out var key) ? key : null;

    /// <summary>Loads the keys, generating and storing the first one when none is configured or stored.</summary>
    public async Task LoadAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.Set<SigningKey>().ToListAsync(ct);
        var keys = stored.ToDictionary(k => k.Id, k => k.Key);
        string current;
        if (options.Value.SigningKey is { Length: > 0 } configured)
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < MinKeyBytes) throw new InvalidOperationException($"WorkflowHub:Auth:SigningKey must hold at least {MinKeyBytes} bytes (base64).");
            current = "cfg-" + Convert.ToHexString(SHA256.HashData(bytes))[..12].ToLowerInvariant();
            keys[current] = bytes;
        }
        else if (stored.Count > 0)
        {
            current = stored.MaxBy(k => k.CreatedAt)!.Id;
        }
        else
        {
            var key = await AddAsync(db, ct);
            keys[key.Id] = key.Key;
            current = key.Id;
        }

        _keys = keys;
        _current = current;
    }

    /// <summary>Stores a new key that signs from now on; tokens signed with older keys stay valid until they expire or the old key is deleted.</summary>
    public async Task<string> RotateAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await AddAsync(db, ct);
        await LoadAsync(ct);
        return key.Id;
    }

    private async Task<SigningKey> AddAsync(WorkflowHubDbContext db, CancellationToken ct)
    {
        var key = new SigningKey { Id = "k-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant(), Key = RandomNumberGenerator.GetBytes(MinKeyBytes), CreatedAt = clock.GetUtcNow() };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return key;
    }
}
