using System.Reflection;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>What data conventions a field asked for; completed once all are known, whatever order they were declared in.</summary>
internal sealed class DataFieldSettings
{
    private const string Key = "WorkflowHub.GraphQL.Data.Settings";

    public DataPagingOptions? Paging { get; set; }

    public bool Filtering { get; set; }

    public bool Sorting { get; set; }

    public static DataFieldSettings For(ObjectFieldDefinition field)
    {
        if (field.ContextData.TryGetValue(Key, out var existing) && existing is DataFieldSettings settings)
        {
            return settings;
        }

        settings = new DataFieldSettings();
        field.ContextData[Key] = settings;
        field.Completing.Add(settings.Complete);
        return settings;
    }

    private void Complete(FieldCompletionContext context)
    {
        var field = context.Field;
        var elementType = ElementType(field.ResultType)
                          ?? throw new InvalidOperationException(
                              $"{context.TypeName}.{field.Name}: paging, filtering and sorting need a resolver returning IQueryable<T> or IEnumerable<T>.");
        var configure = typeof(DataFieldSettings).GetMethod(nameof(Configure), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(elementType);
        try
        {
            configure.Invoke(this, [context]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    private void Configure<T>(FieldCompletionContext context)
    {
        var field = context.Field;
        var types = context.Types;
        var node = field.Type is { } declared
            ? types.ResolveOutput(declared).NamedType()
            : types.ResolveOutput(TypeReference.Create(ClrTypeShape.Of(typeof(T)))).NamedType();
        var filter = Filtering ? FilterConvention.Create<T>(types, node) : null;
        var sort = SortConvention.Create<T>(types, node, Sorting, requireKey: Paging is not null);

        if (Paging is { } paging)
        {
            field.Arguments.Add(PagingArgument("first", "Int", "Returns the first _n_ elements from the list."));
            field.Arguments.Add(PagingArgument("after", "String", "Returns the elements in the list that come after the specified cursor."));
            field.Arguments.Add(PagingArgument("last", "Int", "Returns the last _n_ elements from the list."));
            field.Arguments.Add(PagingArgument("before", "String", "Returns the elements in the list that come before the specified cursor."));
            var name = paging.ConnectionName ?? (paging.InferConnectionNameFromField ? char.ToUpperInvariant(field.Name[0]) + field.Name[1..] : node.Name);
            field.Type = TypeReference.Create(ConnectionTypes.Connection<T>(types, name, (IOutputType)node, paging.IncludeTotalCount));
        }
        else
        {
            field.Type = TypeReference.Create(new ListType(new NonNullType((IOutputType)node)));
        }

        if (filter is not null)
        {
            field.Arguments.Add(new ArgumentDefinition { Name = "where", Type = TypeReference.Create(filter.InputType) });
        }

        if (Sorting)
        {
            field.Arguments.Add(new ArgumentDefinition
            {
                Name = "order",
                Type = TypeReference.Create(new ListType(new NonNullType(sort.InputType!))),
            });
        }

        field.Middleware.Add(next => new DataMiddleware<T>(next, filter?.Fields, sort.Fields, Sorting, Paging?.ToPagingOptions()).ResolveAsync);
    }

    private static ArgumentDefinition PagingArgument(string name, string type, string description) =>
        new() { Name = name, Type = TypeReference.Parse(type), Description = description };

    private static Type? ElementType(Type? resultType)
    {
        if (resultType is null || resultType == typeof(string))
        {
            return null;
        }

        if (resultType.IsGenericType && resultType.GetGenericTypeDefinition() is var definition &&
            (definition == typeof(IQueryable<>) || definition == typeof(IEnumerable<>)))
        {
            return resultType.GetGenericArguments()[0];
        }

        return resultType.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?
            .GetGenericArguments()[0];
    }
}
