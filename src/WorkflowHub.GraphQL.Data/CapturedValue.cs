using System.Linq.Expressions;

namespace WorkflowHub.GraphQL.Data;

/// <summary>
/// A value read from a captured object rather than inlined as a constant: EF Core sends it as a
/// SQL parameter, so every page or filter of one shape shares one cached query plan.
/// </summary>
internal static class CapturedValue
{
    public static Expression Of(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
