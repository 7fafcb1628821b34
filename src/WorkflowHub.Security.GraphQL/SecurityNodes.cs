using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.Security.GraphQL;

[GraphQLName("ActorRole")]
[GraphQLDescription("A role held at an org unit, and the unit's path (\"/\" for a role held everywhere).")]
public sealed record ActorRoleNode(string Role, string OrgUnitId, string OrgPath);

[GraphQLName("Me")]
[GraphQLDescription("Who the request is from.")]
public sealed record MeNode(
    [property: GraphQLDescription("staff, api-key or resident.")] string Kind,
    string? UserName,
    string? PersonId,
    [property: GraphQLDescription("For a resident: the request they signed in with.")] string? TrackingCode,
    IReadOnlyList<ActorRoleNode> Roles)
{
    public static MeNode? From(ICurrentActor actor) => actor.IsAuthenticated
        ? new MeNode(actor.Kind!, actor.UserName, actor.PersonId, actor.TrackingCode, actor.Roles.Select(r => new ActorRoleNode(r.Role, r.OrgUnitId, r.OrgPath)).ToList())
        : null;
}

[GraphQLName("LoginPayload")]
public sealed record LoginPayload(
    [property: GraphQLDescription("Send as `Authorization: Bearer <token>`; the same token is also set as the session cookie.")] string Token,
    DateTimeOffset ExpiresAt);

[GraphQLName("CreatedApiKey")]
public sealed record CreatedApiKeyPayload(
    Guid Id,
    string Name,
    string Prefix,
    string PersonId,
    DateTimeOffset CreatedAt,
    [property: GraphQLDescription("The key itself, shown this once: only its hash is kept. Send as `X-Api-Key`.")] string Key);

[GraphQLName("TotpSetup")]
public sealed record TotpSetupPayload(
    [property: GraphQLDescription("The secret in base32, for typing into an authenticator app.")] string Secret,
    [property: GraphQLDescription("An otpauth:// URI for a QR code.")] string Uri);

[GraphQLName("Account")]
public sealed record AccountNode(Guid Id, string UserName, string PersonId, DateTimeOffset CreatedAt);
