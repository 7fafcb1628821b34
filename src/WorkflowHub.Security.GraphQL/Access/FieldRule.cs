using WorkflowHub.GraphQL.Authorization;

namespace WorkflowHub.Security.GraphQL.Access;

/// <summary>Who may call a field: everyone, anyone signed in, or the holders of one of some roles (wherever they hold it; the resolver's SQL narrows rows to their units).</summary>
public sealed record FieldRule(string Kind, IReadOnlyList<string> Roles, string Scope)
{
    public const string PublicKind = "public", SignedInKind = "signed-in", RolesKind = "roles";

    public static FieldRule Public(string scope = "") => new(PublicKind, [], scope);
    public static FieldRule SignedIn(string scope = "") => new(SignedInKind, [], scope);
    public static FieldRule For(IEnumerable<string> roles, string scope = "") => new(RolesKind, roles.Distinct().ToArray(), scope);

    public AuthorizeDirective ToDirective() => Kind switch
    {
        PublicKind => AuthorizeDirective.Anonymous,
        SignedInKind => new AuthorizeDirective(),
        _ => new AuthorizeDirective(Roles: Roles),
    };

    public bool Allows(string? role) => Kind switch
    {
        PublicKind => true,
        SignedInKind => role is not null,
        _ => role is not null && Roles.Contains(role),
    };
}
