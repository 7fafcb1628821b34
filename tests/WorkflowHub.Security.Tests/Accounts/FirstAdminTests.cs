using System.Text.RegularExpressions;
using WorkflowHub.Security.Tests.Support;
using WorkflowHub.TestSupport;

namespace WorkflowHub.Security.Tests.Accounts;

public sealed partial class FirstAdminTests
{
    [Fact]
    public async Task Should_create_the_admin_with_a_random_password_printed_once_and_never_again()
    {
        string password, otherPassword;
        var folder = Directory.CreateTempSubdirectory("workflowhub-first-admin-").FullName;
        var database = TestDatabase.Create(folder);
        try
        {
            await using (var first = new AuthServer(randomAdminPassword: true, database: database))
            {
                await first.LoginResultAsync("x", "y"); // starts the server
                password = PasswordIn(first.Logs);
                Assert.Null(AuthServer.Code(await first.LoginResultAsync("admin", password)));
            }

            await using (var again = new AuthServer(randomAdminPassword: true, database: database))
            {
                Assert.Null(AuthServer.Code(await again.LoginResultAsync("admin", password)));
                Assert.DoesNotContain(again.Logs.Lines, l => l.Contains(password, StringComparison.Ordinal));
                Assert.DoesNotContain(again.Logs.Lines, l => l.Contains("First start", StringComparison.Ordinal));
            }

            await using (var elsewhere = new AuthServer(randomAdminPassword: true))
            {
                await elsewhere.LoginResultAsync("x", "y");
                otherPassword = PasswordIn(elsewhere.Logs);
            }
        }
        finally
        {
            await database.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }

        Assert.Equal(20, password.Length);
        Assert.NotEqual(password, otherPassword);
    }

    private static string PasswordIn(CapturedLogs logs)
    {
        var line = Assert.Single(logs.Lines, l => l.Contains("First start", StringComparison.Ordinal));
        return Password().Match(line).Groups[1].Value;
    }

    [GeneratedRegex("with the password (\\S+) ")]
    private static partial Regex Password();
}
