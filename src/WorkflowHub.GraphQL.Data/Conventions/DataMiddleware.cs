using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using WorkflowHub.GraphQL.Data.Filtering;
using WorkflowHub.GraphQL.Data.Paging;
using WorkflowHub.GraphQL.Data.Sorting;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>Applies <c>where</c>, <c>order</c> and the paging arguments to the resolver's query, then runs it.</summary>
internal sealed class DataMiddleware<T>(FieldResolver next, FilterFields<T>? filter, SortFields<T> sort, bool sorting, PagingOptions? paging)
{
    public async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var result = await next(context).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var query = result as IQueryable<T> ?? ((IEnumerable<T>)result).AsQueryable();
        try
        {
            var conditions = filter is not null && context.Arguments.TryGetValue("where", out var where) ? where as IReadOnlyDictionary<string, object?> : null;
            var order = sorting ? Order(context) : null;
            await ReadableArguments.EnsureAsync(context, conditions, order).ConfigureAwait(false);
            if (conditions is not null && filter!.Build(conditions) is { } predicate)
            {
                query = query.Where(predicate);
            }

            var keys = sort.Resolve(order);
            if (paging is not null)
            {
                var arguments = new PagingArguments(
                    context.ArgumentValue<int?>("first"), context.ArgumentValue<string?>("after"),
                    context.ArgumentValue<int?>("last"), context.ArgumentValue<string?>("before"));
                return await query.ToConnectionAsync(arguments, keys, paging, context.RequestAborted).ConfigureAwait(false);
            }

            if (sorting && keys.Count > 0)
            {
                query = new KeysetComponents<T>(keys).OrderBy(query, reverse: false);
            }

            return query.Provider is IAsyncQueryProvider
                ? await query.ToListAsync(context.RequestAborted).ConfigureAwait(false)
                : query.ToList();
        }
        catch (DataInputException e)
        {
            throw DataErrors.ToGraphQL(e);
        }
    }

    private static List<IReadOnlyDictionary<string, object?>>? Order(IResolverContext context)
    {
        if (!context.Arguments.TryGetValue("order", out var order) || order is not IEnumerable items)
        {
            return null;
        }

        var list = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var item in items)
        {
            if (item is IReadOnlyDictionary<string, object?> entry)
            {
                list.Add(entry);
            }
        }

        return list;
    }
}

/// <summary>Bad paging, filter or sort input as a field error a client can act on.</summary>
public static class DataErrors
{
    /// <summary>The message names the argument path (<c>where.status.eq</c>); the code is <c>BAD_USER_INPUT</c>.</summary>
    public static GraphQLException ToGraphQL(DataInputException exception) =>
        new($"Argument \"{exception.Path}\": {exception.Message}", ErrorCodes.BadUserInput,
            new Dictionary<string, object?> { ["argument"] = exception.Path }, exception);
}
