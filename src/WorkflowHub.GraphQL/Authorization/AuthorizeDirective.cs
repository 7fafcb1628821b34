using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Authorization;

/// <summary>
/// One authorization requirement of a field or object type: someone signed in, holding one of
/// <see cref="Roles"/> (when given) and satisfying <see cref="Policy"/> (when given). Several on one
/// field must all be met. <see cref="AllowAnonymous"/> declares a field open to everyone: it lifts every other
/// requirement of the field and of its type, as HotChocolate's <c>[AllowAnonymous]</c> does.
/// </summary>
public sealed record AuthorizeDirective(string? Policy = null, IReadOnlyList<string>? Roles = null, bool AllowAnonymous = false)
{
    public const string Name = "authorize";

    /// <summary>The declaration that a field is public.</summary>
    public static readonly AuthorizeDirective Anonymous = new(AllowAnonymous: true);

    /// <summary>The SDL declaration; <see cref="Sdl.SchemaBuilder"/> adds it with <c>AddAuthorizeDirectiveType()</c>.</summary>
    public const string Sdl = """
        "The field, or every field of the type, is resolved only for a signed-in user holding one of the roles and meeting the policy."
        directive @authorize(policy: String, roles: [String!]) repeatable on OBJECT | FIELD_DEFINITION
        """;

    /// <summary>The <c>@authorize</c> directives applied to an SDL definition.</summary>
    public static IEnumerable<AuthorizeDirective> ReadFrom(ISyntaxNode? node)
    {
        if (node is not IHasDirectives definition)
        {
            yield break;
        }

        foreach (var directive in definition.Directives)
        {
            if (directive.Name.Value != Name)
            {
                continue;
            }

            string? policy = null;
            IReadOnlyList<string>? roles = null;
            foreach (var argument in directive.Arguments)
            {
                switch (argument.Name.Value, argument.Value)
                {
                    case ("policy", StringValueNode text):
                        policy = text.Value;
                        break;
                    case ("roles", StringValueNode single):
                        roles = [single.Value];
                        break;
                    case ("roles", ListValueNode list):
                        roles = list.Items.OfType<StringValueNode>().Select(s => s.Value).ToArray();
                        break;
                }
            }

            yield return new AuthorizeDirective(policy, roles);
        }
    }

    public override string ToString() => AllowAnonymous ? "@allowAnonymous" :
        "@authorize(" + string.Join(", ", new[]
        {
            Policy is null ? null : $"policy: \"{Policy}\"",
            Roles is null ? null : "roles: [" + string.Join(", ", Roles.Select(r => $"\"{r}\"")) + "]",
        }.Where(p => p is not null)) + ")";
}
