using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Tokens;

namespace WorkflowHub.Security.GraphQL;

[GraphQLName("SigningKey")]
[GraphQLDescription("A stored key that signs or checks tokens (the key itself is never shown).")]
public sealed record SigningKeyNode(string Id, DateTimeOffset CreatedAt, [property: GraphQLDescription("Signs new tokens; the others only check old ones.")] bool Current);

[QueryType]
public sealed class KeyRotationQueries
{
    [Authorize(Roles.WorkflowAdmin)]
    [GraphQLDescription("The stored token signing keys, newest first. Empty when the configured WorkflowHub:Auth:SigningKey signs.")]
    public async Task<IReadOnlyList<SigningKeyNode>> SigningKeysAsync([Service] SigningKeyring keyring, CancellationToken ct)
    {
        var current = keyring.Current.Id;
        return (await keyring.StoredAsync(ct)).Select(k => new SigningKeyNode(k.Id, k.CreatedAt, k.Id == current)).ToList();
    }
}

[MutationType]
public sealed class KeyRotationMutations
{
    [Authorize(Roles.WorkflowAdmin)]
    [GraphQLDescription("Generates a new token signing key that signs from now on; tokens signed with older keys keep working until they expire or their key is retired.")]
    public Task<SigningKeyNode> RotateSigningKeyAsync([Service] SigningKeyring keyring, CancellationToken ct) =>
        Guard(async () =>
        {
            var id = await keyring.RotateAsync(ct);
            var key = (await keyring.StoredAsync(ct)).First(k => k.Id == id);
            return new SigningKeyNode(key.Id, key.CreatedAt, true);
        });

    [Authorize(Roles.WorkflowAdmin)]
    [GraphQLDescription("Deletes an old signing key: every token signed with it stops working at once. The key that signs cannot be retired.")]
    public Task<bool> RetireSigningKeyAsync(string id, [Service] SigningKeyring keyring, CancellationToken ct) =>
        Guard(async () =>
        {
            await keyring.RetireAsync(id, ct);
            return true;
        });

    [Authorize]
    [GraphQLDescription("Replaces an API key you created (a workflow-admin may replace any) by a new one with the same name and person: the new key is in the answer once, the old one is revoked.")]
    public Task<CreatedApiKeyPayload> RotateApiKeyAsync(Guid id, [Service] ICurrentActor actor, [Service] ApiKeyService keys, CancellationToken ct) =>
        Guard(async () =>
        {
            var account = actor.AccountId ?? throw new AuthorizationException(AuthorizeResult.NotAllowed);
            var created = await keys.RotateAsync(id, account, actor.HasRole(Roles.WorkflowAdmin), ct);
            return new CreatedApiKeyPayload(created.Key.Id, created.Key.Name, created.Key.Prefix, created.Key.PersonId, created.Key.CreatedAt, created.Secret);
        });

    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (AuthFailure failure)
        {
            throw new GraphQLException(failure.Message, failure.Code);
        }
    }
}
