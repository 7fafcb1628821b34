using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using WorkflowHub.Governance.OrgUnits;

namespace WorkflowHub.Governance.GraphQL.Access;

/// <summary>Builds "row path within any of these subtrees" as SQL range tests on a path column (one index range each).</summary>
internal static class PathRanges
{
    public static Expression<Func<T, bool>> Within<T>(Expression<Func<T, string>> path, IEnumerable<string> subtrees)
    {
        var row = path.Parameters[0];
        Expression any = Expression.Constant(false);
        foreach (var from in subtrees.Distinct())
        {
            var to = OrgUnit.SubtreeEnd(from);
            Expression<Func<string, bool>> within = p => string.Compare(p, from) >= 0 && string.Compare(p, to) < 0;
            any = Expression.OrElse(any, ReplacingExpressionVisitor.Replace(within.Parameters[0], path.Body, within.Body));
        }
        return Expression.Lambda<Func<T, bool>>(any, row);
    }

    /// <summary>a || b over the same row parameter.</summary>
    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> a, Expression<Func<T, bool>> b) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, ReplacingExpressionVisitor.Replace(b.Parameters[0], a.Parameters[0], b.Body)), a.Parameters);

    /// <summary>The id of a unit's parent, from its materialized path ("/d/s/c/" → "s"); null at the top.</summary>
    public static string? ParentId(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[^2] : null;
    }
}
