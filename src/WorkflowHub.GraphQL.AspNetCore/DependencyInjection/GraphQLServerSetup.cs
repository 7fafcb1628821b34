using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Sdl;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.AspNetCore;

/// <summary>What the builder methods collected; turned into the executor on first use.</summary>
internal sealed class GraphQLServerSetup
{
    public List<Action<IServiceProvider, SchemaBuilder>> SchemaBuilderActions { get; } = [];

    public Func<IServiceProvider, Schema>? SchemaFactory { get; set; }

    public Func<IServiceProvider, IRequestExecutor>? ExecutorFactory { get; set; }

    public List<Action<ExecutorOptions>> ExecutorOptionsActions { get; } = [];

    public List<Func<IServiceProvider, IDocumentRule>> DocumentRules { get; } = [];

    public bool DeclareCostDirectives { get; set; }

    public bool DeclareAuthorizeDirective { get; set; }
}
