using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Data.Sorting;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// The <c>order:</c> argument of a node type (<c>TicketSortInput { title: SortEnumType ... }</c>) and the
/// sort keys behind it; a property named <c>Id</c> (or marked <c>[Key]</c>) breaks ties so keyset pages are stable.
/// </summary>
internal sealed class SortConvention<T>(SortFields<T> fields, InputObjectType? inputType)
{
    public SortFields<T> Fields { get; } = fields;

    public InputObjectType? InputType { get; } = inputType;
}

internal static class SortConvention
{
    public static SortConvention<T> Create<T>(ICodeFirstTypes types, INamedType node, bool withInput, bool requireKey)
    {
        var fields = new SortFields<T>();
        var names = new List<string>();
        foreach (var (name, property, selector) in ConventionMembers.Of<T>())
        {
            if (!ConventionMembers.IsOrderable(property.PropertyType))
            {
                continue;
            }

            fields.Field(name, selector);
            names.Add(name);
            if (property.Name == "Id" || property.GetCustomAttributes(true).Any(a => a.GetType().Name == "KeyAttribute"))
            {
                fields.TieBreaker(name, selector);
            }
        }

        if (requireKey && !fields.HasTieBreaker)
        {
            throw new InvalidOperationException(
                $"{typeof(T).Name} needs a unique key for stable paging and sorting: a property named Id, or one marked [Key].");
        }

        if (!withInput)
        {
            return new SortConvention<T>(fields, null);
        }

        var direction = types.GetOrAdd("SortEnumType", () => new EnumType("SortEnumType")
            .AddValue(new EnumValue("ASC", SortDirection.Asc))
            .AddValue(new EnumValue("DESC", SortDirection.Desc)));
        var inputName = node.Name + "SortInput";
        var input = types.GetOrAdd(inputName, () =>
        {
            var created = new InputObjectType(inputName);
            foreach (var name in names)
            {
                created.AddField(new InputField(name, direction));
            }

            return created;
        });
        return new SortConvention<T>(fields, input);
    }
}
