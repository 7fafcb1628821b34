using WorkflowHub.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddWorkflowHub();

var app = builder.Build();
app.MapWorkflowHub();
app.Run();

/// <summary>Visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
