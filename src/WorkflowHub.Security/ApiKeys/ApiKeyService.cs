using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;

namespace WorkflowHub.Security.ApiKeys;

public sealed record CreatedApiKey(ApiKey Key, string Secret);

/// <summary>
/// API keys look like <c>whk_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix finds the row, the SHA-256 of the whole key must match
/// its hash. 32 random bytes need no slow hash: they cannot be guessed, only stolen, and the table holds no key.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<WorkflowHubDbContext> contexts, TimeProvider clock)
{
    private const string Scheme = "whk_";

    public async Task<CreatedApiKey> CreateAsync(string name, string personId, Guid createdBy, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) throw new AuthFailure(AuthFailure.InvalidInput, "A key needs a name of 1 to 200 characters.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Set<Person>().AnyAsync(p => p.Id == personId, ct)) throw new AuthFailure(AuthFailure.NotFound, $"No person '{personId}'.");
        var (key, secret) = NewKey(name.Trim(), personId, createdBy, clock.GetUtcNow());
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>Revokes a key; answers whether one was revoked now. Only its creator or an admin may (<paramref name="mayRevokeAny"/>).</summary>
    public async Task<bool> RevokeAsync(Guid id, Guid revokedBy, bool mayRevokeAny, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null || (!mayRevokeAny && key.CreatedBy != revokedBy)) throw new AuthFailure(AuthFailure.NotFound, "No such API key of yours.");
        if (key.RevokedAt is not null) return false;
        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Replaces a live key by a new one with the same name and person, in one transaction: the new secret is in the answer
    /// (once), the old key is revoked. Only its creator or an admin may (<paramref name="mayRotateAny"/>).
    /// </summary>
    public async Task<CreatedApiKey> RotateAsync(Guid id, Guid rotatedBy, bool mayRotateAny, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var old = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (old is null || (!mayRotateAny && old.CreatedBy != rotatedBy)) throw new AuthFailure(AuthFailure.NotFound, "No such API key of yours.");
        if (old.RevokedAt is not null) throw new AuthFailure(AuthFailure.InvalidInput, "The API key is revoked already: create a new one.");
        var now = clock.GetUtcNow();
        old.RevokedAt = now;
        var (key, secret) = NewKey(old.Name, old.PersonId, rotatedBy, now);
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(key, secret);
    }

    /// <summary>The live key this secret is, or null.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken ct = default)
    {
        var parts = secret.Split('_', 3);
        if (parts.Length != 3 || parts[0] + "_" != Scheme || parts[1].Length != 12) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var prefix = parts[1];
        var key = await db.Set<ApiKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, ct);
        if (key is null || key.RevokedAt is not null) return null;
        return CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(secret)) ? key : null;
    }

    private static (ApiKey Key, string Secret) NewKey(string name, string personId, Guid createdBy, DateTimeOffset now)
    {
        var prefix = Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        var secret = Scheme + prefix + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), Name = name, Prefix = prefix, SecretHash = Hash(secret), PersonId = personId,
            CreatedBy = createdBy, CreatedAt = now,
        };
        return (key, secret);
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
