using System.Text;
using System.Text.Json;
using WorkflowHub.GraphQL;
using WorkflowHub.GraphQL.AspNetCore;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;

// A diagnostic, not a product: WorkflowHub's GraphQL library and HTTP transport serving the peers'
// schema (bench/graphql-peers/schema.graphql) over the peers' data held in memory, with resolvers
// doing what data.mjs's do (filter the 10,000 instances and page on every request, cursors base64
// of the index; definition and open tasks looked up by id). Same limits as the product's server
// (depth 15, cost 20,000). Comparing it with the server on SQLite separates the cost of the GraphQL
// stack from the cost of the data access behind it.
//   dotnet run -c Release --project bench/graphql/MemoryServer -- <data.json> <schema.graphql> --urls http://127.0.0.1:4440
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var (dataFile, schemaFile) = (args[0], args[1]);

var data = JsonSerializer.Deserialize<MemoryData>(File.ReadAllText(dataFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
var definitions = data.Definitions.ToDictionary(d => d.DefinitionId);
// Newest first, as exported.
var instances = data.Instances.Select(i => new Instance(i.Id, i.DefinitionId, i.Version, i.Status, i.BusinessKey,
    DateTimeOffset.FromUnixTimeMilliseconds(i.CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(i.UpdatedAt))).ToList();
var tasks = data.Instances.ToDictionary(i => i.Id, i => i.Tasks.Select(t => new OpenTask(t.Id, t.ActivityId, t.Name, t.AssigneeRole, t.OrgUnit,
    DateTimeOffset.FromUnixTimeMilliseconds(t.CreatedAt), t.DueAt is { } due ? DateTimeOffset.FromUnixTimeMilliseconds(due) : null)).ToList());

builder.Services.AddGraphQLServer()
    .AddDocumentFromString(File.ReadAllText(schemaFile))
    .AddResolver("Query", "workflowInstances", ctx =>
    {
        var where = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>?>("where");
        var filtered = where is null ? instances : instances.Where(i => Filters.Matches(i, where)).ToList();
        return Paging.Page(filtered, ctx.ArgumentValue<int?>("first"), ctx.ArgumentValue<string?>("after"),
            ctx.ArgumentValue<int?>("last"), ctx.ArgumentValue<string?>("before"));
    })
    .AddResolver("Query", "workflowDefinitions", _ => data.Definitions)
    .AddResolver("WorkflowInstance", "definition", ctx => definitions[ctx.Parent<Instance>().DefinitionId])
    .AddResolver("WorkflowInstance", "openTasks", ctx => tasks[ctx.Parent<Instance>().Id])
    .AddMaxExecutionDepthRule(15)
    .AddCostAnalysis(20_000)
    .ModifyServerOptions(o => o.EnableGraphiQL = false);

var app = builder.Build();
app.MapGraphQL("/graphql");
app.Run();

sealed record MemoryData(List<Definition> Definitions, List<SourceInstance> Instances);
sealed record Definition(string DefinitionId, string Name, int Version);
sealed record SourceInstance(string Id, string DefinitionId, int Version, string Status, string? BusinessKey, long CreatedAt, long UpdatedAt, List<SourceTask> Tasks);
sealed record SourceTask(string Id, string ActivityId, string Name, string? AssigneeRole, string? OrgUnit, long CreatedAt, long? DueAt);
sealed record Instance(string Id, string DefinitionId, int Version, string Status, string? BusinessKey, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
sealed record OpenTask(string Id, string ActivityId, string Name, string? AssigneeRole, string? OrgUnit, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);
sealed record Edge(string Cursor, Instance Node);
sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
sealed record Connection(List<Edge> Edges, List<Instance> Nodes, int TotalCount, PageInfo PageInfo);

static class Filters
{
    public static bool Matches(Instance instance, IReadOnlyDictionary<string, object?> where)
    {
        if (where.GetValueOrDefault("status") is IReadOnlyDictionary<string, object?> status && !MatchesStatus(instance.Status, status)) return false;
        if (where.GetValueOrDefault("and") is IEnumerable<object?> and && !and.All(w => Matches(instance, (IReadOnlyDictionary<string, object?>)w!))) return false;
        if (where.GetValueOrDefault("or") is IEnumerable<object?> or && !or.Any(w => Matches(instance, (IReadOnlyDictionary<string, object?>)w!))) return false;
        return true;
    }

    private static bool MatchesStatus(string status, IReadOnlyDictionary<string, object?> f)
    {
        if (f.GetValueOrDefault("eq") is string eq && status != eq) return false;
        if (f.GetValueOrDefault("neq") is string neq && status == neq) return false;
        if (f.GetValueOrDefault("in") is IEnumerable<object?> @in && !@in.Contains(status)) return false;
        if (f.GetValueOrDefault("nin") is IEnumerable<object?> nin && nin.Contains(status)) return false;
        return true;
    }
}

static class Paging
{
    private static string Encode(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString()));

    private static int Decode(string cursor)
    {
        try
        {
            if (int.TryParse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), out var index) && index >= 0) return index;
        }
        catch (FormatException) { }
        throw new GraphQLException($"Invalid cursor: {cursor}");
    }

    public static Connection Page(List<Instance> items, int? first, string? after, int? last, string? before)
    {
        if (first < 0) throw new GraphQLException("first must not be negative");
        if (last < 0) throw new GraphQLException("last must not be negative");
        var start = after is not null ? Decode(after) + 1 : 0;
        var end = before is not null ? Math.Min(Decode(before), items.Count) : items.Count;
        start = Math.Min(start, end);
        if (first is { } f) end = Math.Min(end, start + f);
        if (last is { } l) start = Math.Max(start, end - l);
        var edges = new List<Edge>(end - start);
        for (var i = start; i < end; i++) edges.Add(new Edge(Encode(i), items[i]));
        return new Connection(edges, edges.Select(e => e.Node).ToList(), items.Count,
            new PageInfo(end < items.Count, start > 0, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null));
    }
}
