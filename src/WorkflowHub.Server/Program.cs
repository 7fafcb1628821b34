using WorkflowHub.Server.Hosting;

var builder = WebApplication.CreateBuilder(UserCommands.ConfigurationArgs(DemoSeeding.ConfigurationArgs(args)));
builder.AddWorkflowHub();

var app = builder.Build();
if (DemoSeeding.IsSeedCommand(args)) return await DemoSeeding.RunCommandAsync(app, args);
if (UserCommands.IsUsersCommand(args)) return await UserCommands.RunAsync(app, args);
app.MapWorkflowHub();
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
