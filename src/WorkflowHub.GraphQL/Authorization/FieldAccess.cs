using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Authorization;

/// <summary>For middleware that reads other fields on the caller's behalf (filters, sorting): may the caller read this one?</summary>
public static class FieldAccess
{
    /// <summary>Decided as the executor decides it before the field's own resolver runs, by the same handler.</summary>
    public static async ValueTask<AuthorizeResult> AuthorizeFieldAsync(this IResolverContext context, ObjectType type, OutputField field)
    {
        var directives = FieldAuthorization.For(type, field);
        return directives is null ? AuthorizeResult.Allowed : await FieldAuthorization.CheckAsync(directives, context).ConfigureAwait(false);
    }
}
