using Microsoft.EntityFrameworkCore;
using WorkflowHub.Security.Tests.Support;
using WorkflowHub.Server.Hosting;

namespace WorkflowHub.Security.Tests.Accounts;

public sealed class UserCommandTests : IAsyncLifetime
{
    private readonly AuthServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_create_a_person_with_roles_and_an_account_that_signs_in_from_the_command_line()
    {
        await _server.LoginAsync();
        var output = new StringWriter();

        var exit = await UserCommands.AddAsync(_server.Services, ["users", "add", "wang.li", "--person", "wang-li", "--name", "Wang Li", "--role", "workflow-admin", "--WorkflowHub:Sqlite:Synchronous=NORMAL"],
            new StringReader("a long first password\n"), output, new StringWriter());
        var token = await _server.LoginAsync("wang.li", "a long first password");
        var me = await _server.GraphQLAsync("{ me { personId roles { role orgPath } } }", bearer: token);

        Assert.Equal(0, exit);
        Assert.Contains("Created the account 'wang.li' for the person 'wang-li' with workflow-admin@*.", output.ToString());
        Assert.Equal("wang-li", me["data"]!["me"]!["personId"]!.GetValue<string>());
        Assert.Equal("workflow-admin", me["data"]!["me"]!["roles"]![0]!["role"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("short", "users add clerk --role grid-worker@grid-1", "at least 12 characters")]
    [InlineData("a long enough password", "users add clerk --role grid-worker@no-such-unit", "No org unit 'no-such-unit'")]
    [InlineData("a long enough password", "users add admin --person someone-else", "is taken")]
    public async Task Should_refuse_a_bad_user_with_a_clear_message_and_store_nothing(string password, string command, string message)
    {
        await _server.LoginAsync();
        var people = await _server.QueryAsync(db => db.Set<Governance.People.Person>().CountAsync());
        var error = new StringWriter();

        var exit = await UserCommands.AddAsync(_server.Services, command.Split(' '), new StringReader(password + "\n"), new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains(message, error.ToString());
        Assert.Equal(people, await _server.QueryAsync(db => db.Set<Governance.People.Person>().CountAsync()));
        Assert.Equal(1, await _server.QueryAsync(db => db.Set<WorkflowHub.Security.Accounts.Account>().CountAsync()));
    }

    [Fact]
    public async Task Should_print_how_to_use_it_when_the_arguments_do_not_fit()
    {
        var error = new StringWriter();

        var exit = await UserCommands.AddAsync(_server.Services, ["users", "add"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("Usage: users add <userName>", error.ToString());
    }
}
