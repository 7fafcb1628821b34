using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;

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

    /// <summary>Whether the configured key signs (then rotation is a configuration change, not <see cref="RotateAsync"/>).</summary>
    public bool IsConfigured => options.Value.SigningKey is { Length: > 0 };

    /// <summary>The stored keys, newest first.</summary>
    public async Task<IReadOnlyList<SigningKey>> StoredAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var keys = await db.Set<SigningKey>().AsNoTracking().ToListAsync(ct);
        return keys.OrderByDescending(k => k.CreatedAt).ToList();
    }

    /// <summary>Stores a new key that signs from now on; tokens signed with older keys stay valid until they expire or the old key is retired.</summary>
    public async Task<string> RotateAsync(CancellationToken ct = default)
    {
        if (IsConfigured) throw new AuthFailure(AuthFailure.InvalidInput, "Tokens are signed with the configured WorkflowHub:Auth:SigningKey: rotate it by configuring a new key.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await AddAsync(db, ct);
        await LoadAsync(ct);
        return key.Id;
    }

    /// <summary>Deletes a stored key that no longer signs: every token signed with it stops working at once.</summary>
    public async Task RetireAsync(string id, CancellationToken ct = default)
    {
        if (id == _current) throw new AuthFailure(AuthFailure.InvalidInput, $"The key '{id}' signs new tokens: rotate first, then retire it.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.Set<SigningKey>().FirstOrDefaultAsync(k => k.Id == id, ct) ?? throw new AuthFailure(AuthFailure.NotFound, $"No stored signing key '{id}'.");
        db.Remove(key);
        await db.SaveChangesAsync(ct);
        await LoadAsync(ct);
    }

    private async Task<SigningKey> AddAsync(WorkflowHubDbContext db, CancellationToken ct)
    {
        // The newest key signs, so a new key must be strictly newer than every stored one, even within one tick of the clock.
        var newest = (await db.Set<SigningKey>().Select(k => k.CreatedAt).ToListAsync(ct)).Cast<DateTimeOffset?>().Max();
        var createdAt = newest is { } last && last >= clock.GetUtcNow() ? last.AddTicks(1) : clock.GetUtcNow();
        var key = new SigningKey { Id = "k-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant(), Key = RandomNumberGenerator.GetBytes(MinKeyBytes), CreatedAt = createdAt };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return key;
    }
}
