using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Security.Startup;

/// <summary>
/// On a database without accounts, creates the first admin: a person holding workflow-admin everywhere and an account
/// whose password comes from configuration or, when none is given, is random and printed once, never stored in clear.
/// </summary>
public sealed class FirstAdmin(IDbContextFactory<WorkflowHubDbContext> contexts, AccountService accounts, IOptions<SecurityOptions> options,
    TimeProvider clock, ILogger<FirstAdmin> logger)
{
    public const string PersonId = "admin";
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Answers whether an admin was created now (false also when another server on the database got there first).</summary>
    public async Task<bool> EnsureAsync(CancellationToken ct = default)
    {
        try
        {
            return await CreateIfNoAccountAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await AnyAccountAsync(ct)) return false;
            throw;
        }
        catch (AuthFailure failure)
        {
            throw new InvalidOperationException($"WorkflowHub:Auth:AdminPassword is not accepted: {failure.Message}", failure);
        }
    }

    private async Task<bool> AnyAccountAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Account>().AnyAsync(ct);
    }

    private async Task<bool> CreateIfNoAccountAsync(CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.Set<Account>().AnyAsync(ct)) return false;
            if (!await db.Set<Person>().AnyAsync(p => p.Id == PersonId, ct))
                db.Add(new Person { Id = PersonId, Name = "Administrator", CreatedAt = clock.GetUtcNow() });
            if (!await db.Set<RoleAssignment>().AnyAsync(a => a.PersonId == PersonId && a.Role == Roles.WorkflowAdmin, ct))
                db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = PersonId, Role = Roles.WorkflowAdmin, OrgUnitId = RoleClaimsTransformation.Everywhere });
            await db.SaveChangesAsync(ct);
        }

        var configured = options.Value.AdminPassword;
        var password = string.IsNullOrEmpty(configured) ? NewPassword() : configured;
        await accounts.CreateAsync(options.Value.AdminUserName, password, PersonId, ct);
        if (string.IsNullOrEmpty(configured))
        {
            logger.LogWarning(
                "First start: created the account '{UserName}' (workflow-admin) with the password {Password} . It is shown this once and stored only as a hash: sign in and keep it safe.",
                options.Value.AdminUserName, password);
        }
        else
        {
            logger.LogWarning("First start: created the account '{UserName}' (workflow-admin) with the configured password.", options.Value.AdminUserName);
        }

        return true;
    }

    public static string NewPassword() => new(RandomNumberGenerator.GetItems<char>(PasswordAlphabet, 20));
}
