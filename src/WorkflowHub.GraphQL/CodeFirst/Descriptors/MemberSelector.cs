using System.Linq.Expressions;
using System.Reflection;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>The property, field or method a descriptor lambda such as <c>x =&gt; x.Id</c> or <c>x =&gt; x.Find(default)</c> points at.</summary>
internal static class MemberSelector
{
    public static MemberInfo Of(LambdaExpression selector)
    {
        var body = selector.Body;
        while (body is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            body = convert.Operand;
        }

        return body switch
        {
            MemberExpression { Member: PropertyInfo or FieldInfo } member => member.Member,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException($"'{selector}' must select a property, field or method, such as x => x.Name.", nameof(selector)),
        };
    }
}
