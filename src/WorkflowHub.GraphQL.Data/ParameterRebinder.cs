using System.Linq.Expressions;

namespace WorkflowHub.GraphQL.Data;

/// <summary>Moves a lambda's body onto another parameter, so selectors can be combined into one predicate or ordering.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    public static Expression BodyOn(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterRebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
