using System.Reflection;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Paging;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// HotChocolate's data conventions for a field whose resolver returns <c>IQueryable&lt;T&gt;</c> (or
/// <c>IEnumerable&lt;T&gt;</c>): <c>UsePaging()</c> adds <c>first/after/last/before</c> and makes the field a
/// <c>TConnection</c>; <c>UseFiltering()</c> adds <c>where: TFilterInput</c>; <c>UseSorting()</c> adds
/// <c>order: [TSortInput!]</c>. The order of the calls does not matter: the query is filtered, then
/// sorted, then paged by keyset (or, without paging, sorted and read as a list).
/// </summary>
public static class DataDescriptorExtensions
{
    public static IObjectFieldDescriptor UsePaging(this IObjectFieldDescriptor descriptor, DataPagingOptions? options = null)
    {
        DataFieldSettings.For(descriptor.Extend()).Paging = options ?? new DataPagingOptions();
        return descriptor;
    }

    public static IObjectFieldDescriptor UseFiltering(this IObjectFieldDescriptor descriptor)
    {
        DataFieldSettings.For(descriptor.Extend()).Filtering = true;
        return descriptor;
    }

    public static IObjectFieldDescriptor UseSorting(this IObjectFieldDescriptor descriptor)
    {
        DataFieldSettings.For(descriptor.Extend()).Sorting = true;
        return descriptor;
    }
}

/// <summary>How a paged field behaves; the defaults are HotChocolate's, except that <c>totalCount</c> is offered.</summary>
public sealed class DataPagingOptions
{
    public int DefaultPageSize { get; init; } = 10;

    public int MaxPageSize { get; init; } = 50;

    /// <summary>Adds <c>totalCount: Int!</c> to the connection (counted only when selected).</summary>
    public bool IncludeTotalCount { get; init; } = true;

    /// <summary>The connection's name without the <c>Connection</c> suffix; by default the node type's name.</summary>
    public string? ConnectionName { get; init; }

    /// <summary>Name the connection after the field (<c>tickets</c> gives <c>TicketsConnection</c>) instead of the node type.</summary>
    public bool InferConnectionNameFromField { get; init; }

    internal PagingOptions ToPagingOptions() => new() { DefaultPageSize = DefaultPageSize, MaxPageSize = MaxPageSize };
}

/// <summary>Pages the field's <c>IQueryable&lt;T&gt;</c> as a Relay connection; see <see cref="DataDescriptorExtensions.UsePaging"/>.</summary>
public sealed class UsePagingAttribute : ObjectFieldDescriptorAttribute
{
    public int DefaultPageSize { get; set; } = 10;

    public int MaxPageSize { get; set; } = 50;

    public bool IncludeTotalCount { get; set; } = true;

    public string? ConnectionName { get; set; }

    public bool InferConnectionNameFromField { get; set; }

    public override void OnConfigure(IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor.UsePaging(new DataPagingOptions
        {
            DefaultPageSize = DefaultPageSize,
            MaxPageSize = MaxPageSize,
            IncludeTotalCount = IncludeTotalCount,
            ConnectionName = ConnectionName,
            InferConnectionNameFromField = InferConnectionNameFromField,
        });
}

/// <summary>Adds <c>where:</c> to the field; see <see cref="DataDescriptorExtensions.UseFiltering"/>.</summary>
public sealed class UseFilteringAttribute : ObjectFieldDescriptorAttribute
{
    public override void OnConfigure(IObjectFieldDescriptor descriptor, MemberInfo member) => descriptor.UseFiltering();
}

/// <summary>Adds <c>order:</c> to the field; see <see cref="DataDescriptorExtensions.UseSorting"/>.</summary>
public sealed class UseSortingAttribute : ObjectFieldDescriptorAttribute
{
    public override void OnConfigure(IObjectFieldDescriptor descriptor, MemberInfo member) => descriptor.UseSorting();
}
