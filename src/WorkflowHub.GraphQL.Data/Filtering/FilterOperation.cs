namespace WorkflowHub.GraphQL.Data.Filtering;

/// <summary>The operations of a <c>where:</c> field, named as HotChocolate names them.</summary>
public static class FilterOperation
{
    public const string Eq = "eq", Neq = "neq", In = "in", Nin = "nin";
    public const string Gt = "gt", Gte = "gte", Lt = "lt", Lte = "lte";
    public const string Contains = "contains", NContains = "ncontains", StartsWith = "startsWith", NStartsWith = "nstartsWith",
        EndsWith = "endsWith", NEndsWith = "nendsWith";
    public const string And = "and", Or = "or";

    public static readonly IReadOnlyList<string> Equality = [Eq, Neq, In, Nin];
    public static readonly IReadOnlyList<string> Comparable = [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte];
    public static readonly IReadOnlyList<string> Text = [Eq, Neq, In, Nin, Contains, NContains, StartsWith, NStartsWith, EndsWith, NEndsWith];
    public static readonly IReadOnlyList<string> Boolean = [Eq, Neq];

    /// <summary>The operations a field of this CLR type offers.</summary>
    public static IReadOnlyList<string> For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return Text;
        if (type == typeof(bool)) return Boolean;
        if (type.IsEnum || type == typeof(Guid)) return Equality;
        return Comparable;
    }
}
