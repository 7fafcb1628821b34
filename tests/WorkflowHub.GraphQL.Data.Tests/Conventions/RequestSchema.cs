using Microsoft.EntityFrameworkCore;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Loading;
using WorkflowHub.GraphQL.Sdl;

namespace WorkflowHub.GraphQL.Data.Tests.Conventions;

public sealed class PersonById(BatchScheduler scheduler, RequestContext db) : DataLoader<Guid, Person>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, Person>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        await db.People.Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
}

public sealed class CommentsByRequest(BatchScheduler scheduler, RequestContext db) : GroupedDataLoader<Guid, Comment>(scheduler)
{
    protected override async Task<ILookup<Guid, Comment>> LoadGroupsAsync(IReadOnlyList<Guid> keys, CancellationToken ct) =>
        (await db.Comments.Where(c => keys.Contains(c.RequestId)).OrderBy(c => c.Text).ToListAsync(ct)).ToLookup(c => c.RequestId);
}

/// <summary>The request list in attribute style.</summary>
[QueryType]
public sealed class RequestQueries
{
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<ServiceRequest> GetRequests([Service] RequestContext db) => db.Requests;
}

[ExtendObjectType(typeof(ServiceRequest))]
public sealed class RequestRelations
{
    public Task<Person?> GetOwnerAsync([Parent] ServiceRequest request, PersonById people) => people.LoadAsync(request.OwnerId);

    /// <summary>Served by the same loader as the list, so both cost one statement per level.</summary>
    public async Task<Comment?> GetLatestCommentAsync([Parent] ServiceRequest request, CommentsByRequest comments) =>
        (await comments.LoadAsync(request.Id))!.LastOrDefault();

    public async Task<IReadOnlyList<Comment>> GetCommentsAsync([Parent] ServiceRequest request, CommentsByRequest comments) =>
        (await comments.LoadAsync(request.Id))!;
}

/// <summary>The same list in descriptor style.</summary>
public sealed class DescriptorQuery : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> d)
    {
        d.Name("Query");
        d.Field("requests")
            .Resolve(ctx => ctx.Service<RequestContext>().Requests)
            .UsePaging()
            .UseFiltering()
            .UseSorting();
    }
}

public static class RequestSchema
{
    public static GraphQL.Types.Schema WithAttributes() => SchemaBuilder.New()
        .AddTypeExtension<RequestQueries>()
        .AddTypeExtension<RequestRelations>()
        .AddDataConventions()
        .Create();

    public static GraphQL.Types.Schema WithDescriptors() => SchemaBuilder.New()
        .AddQueryType<DescriptorQuery>()
        .AddTypeExtension<RequestRelations>()
        .AddDataConventions()
        .Create();
}
