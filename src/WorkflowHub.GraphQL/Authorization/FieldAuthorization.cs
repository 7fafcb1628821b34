using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Authorization;

/// <summary>Works out a field's requirements once and checks them before each resolver call.</summary>
internal static class FieldAuthorization
{
    /// <summary>The field's own requirements and its object type's, code-first and SDL; null when there are none.</summary>
    public static AuthorizeDirective[]? For(ObjectType type, OutputField field)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return null; // introspection has its own switch
        }

        if (field.Authorization.Any(d => d.AllowAnonymous))
        {
            return null;
        }

        var all = new List<AuthorizeDirective>(field.Authorization);
        all.AddRange(AuthorizeDirective.ReadFrom(field.SyntaxNode));
        all.AddRange(type.Authorization);
        all.AddRange(AuthorizeDirective.ReadFrom(type.SyntaxNode));
        foreach (var extension in type.ExtensionSyntaxNodes)
        {
            all.AddRange(AuthorizeDirective.ReadFrom(extension));
        }

        return all.Count == 0 ? null : all.Distinct().ToArray();
    }

    /// <summary>Allowed only when every requirement is met; the first refusal is the answer.</summary>
    public static async ValueTask<AuthorizeResult> CheckAsync(AuthorizeDirective[] directives, IResolverContext context)
    {
        var handler = context.Services.GetService(typeof(IAuthorizationHandler)) as IAuthorizationHandler ?? DefaultAuthorizationHandler.Instance;
        foreach (var directive in directives)
        {
            var result = await handler.AuthorizeAsync(context, directive);
            if (result != AuthorizeResult.Allowed)
            {
                return result;
            }
        }

        return AuthorizeResult.Allowed;
    }
}
