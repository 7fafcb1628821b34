using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.Authentication;

namespace WorkflowHub.Server.Hosting;

/// <summary>
/// <c>users add &lt;userName&gt; [--person &lt;id&gt;] [--name &lt;name&gt;] [--role &lt;role&gt;[@&lt;orgUnitId&gt;]]…</c>: a staff account from
/// the command line, for an operator without a signed-in admin at hand. The person is created when missing, each role is
/// held at the unit given or everywhere, and the password is read from standard input, never from the arguments
/// (which other users of the machine can see).
/// </summary>
public static class UserCommands
{
    public const string Usage =
        "Usage: users add <userName> [--person <personId>] [--name <full name>] [--role <role>[@<orgUnitId>]]... [--Setting=value]...   " +
        "(the password is read from standard input; a role without @ is held everywhere)";

    public static bool IsUsersCommand(string[] args) => args.Length > 0 && args[0] == "users";

    /// <summary>The arguments left for configuration once the command's own words are taken out.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsUsersCommand(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await ActivatorUtilities.CreateInstance<StartupTasks>(app.Services).StartAsync(CancellationToken.None);
        return await AddAsync(app.Services, args, Console.In, Console.Out, Console.Error);
    }

    public static async Task<int> AddAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (Parse(args) is not { } command)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In)) await output.WriteAsync($"Password for {command.UserName}: ");
        var password = await input.ReadLineAsync() ?? "";
        var accounts = services.GetRequiredService<AccountService>();
        try
        {
            accounts.CheckPassword(password);
            await EnsurePersonAsync(services, command);
            var account = await accounts.CreateAsync(command.UserName, password, command.PersonId);
            await output.WriteLineAsync($"Created the account '{account.UserName}' for the person '{account.PersonId}'" +
                                        (command.Roles.Count == 0 ? "." : $" with {string.Join(", ", command.Roles.Select(r => $"{r.Role}@{r.OrgUnitId}"))}."));
            return 0;
        }
        catch (AuthFailure failure)
        {
            await error.WriteLineAsync(failure.Message);
            return 1;
        }
    }

    private static async Task EnsurePersonAsync(IServiceProvider services, AddUser command)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<WorkflowHubDbContext>>().CreateDbContextAsync();
        if (!await db.Set<Person>().AnyAsync(p => p.Id == command.PersonId))
            db.Add(new Person { Id = command.PersonId, Name = command.Name ?? command.UserName, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() });
        foreach (var (role, unit) in command.Roles)
        {
            if (unit != RoleClaimsTransformation.Everywhere && !await db.Set<Governance.OrgUnits.OrgUnit>().AnyAsync(u => u.Id == unit))
                throw new AuthFailure(AuthFailure.NotFound, $"No org unit '{unit}' (for the role {role}).");
            if (!await db.Set<RoleAssignment>().AnyAsync(a => a.PersonId == command.PersonId && a.Role == role && a.OrgUnitId == unit))
                db.Add(new RoleAssignment { Id = Guid.NewGuid(), PersonId = command.PersonId, Role = role, OrgUnitId = unit });
        }

        // The user name is checked before anything is stored, so a taken name leaves no person or role behind.
        if (await db.Set<Account>().AnyAsync(a => a.NormalizedUserName == AccountService.Normalize(command.UserName)))
            throw new AuthFailure(AuthFailure.InvalidInput, $"The user name '{command.UserName.Trim()}' is taken.");
        await db.SaveChangesAsync();
    }

    private sealed record AddUser(string UserName, string PersonId, string? Name, List<(string Role, string OrgUnitId)> Roles);

    private static AddUser? Parse(string[] args)
    {
        if (args.Length < 3 || args[0] != "users" || args[1] != "add" || args[2].StartsWith("--", StringComparison.Ordinal) || args[2].Trim().Length is 0 or > 100) return null;
        string? person = null, name = null;
        var roles = new List<(string, string)>();
        for (var i = 3; i < args.Length; i += 2)
        {
            // Settings for the server (--WorkflowHub:Sqlite:Path=...) are configuration, not the command's.
            if (args[i].Contains('=')) { i--; continue; }
            if (i + 1 >= args.Length) return null;
            var value = args[i + 1];
            switch (args[i])
            {
                case "--person": person = value; break;
                case "--name": name = value; break;
                case "--role":
                    var at = value.IndexOf('@');
                    roles.Add(at < 0 ? (value, RoleClaimsTransformation.Everywhere) : (value[..at], value[(at + 1)..]));
                    break;
                default: return null;
            }
        }

        return new AddUser(args[2], person ?? args[2].Trim().ToLowerInvariant(), name, roles);
    }
}
