using WorkflowHub.Governance.People;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;
using WorkflowHub.Security.Accounts;
using WorkflowHub.Security.ApiKeys;
using WorkflowHub.Security.Residents;

namespace WorkflowHub.Security.GraphQL;

[QueryType]
public sealed class SecurityQueries
{
    [GraphQLDescription("Who the request is from; null when nobody signed in.")]
    public MeNode? Me([Service] ICurrentActor actor) => MeNode.From(actor);
}

[MutationType]
public sealed class SecurityMutations
{
    [GraphQLDescription("Signs a staff member in. With TOTP enabled, totp is the authenticator's current code. Repeated failures lock the account for a while.")]
    public Task<LoginPayload> LoginAsync(string userName, string password, string? totp, [Service] AccountService accounts, [Service] SessionCookie cookie, CancellationToken ct) =>
        Guard(async () =>
        {
            var (_, token) = await accounts.LoginAsync(userName, password, totp, ct);
            cookie.Set(token);
            return new LoginPayload(token.Token, token.ExpiresAt);
        });

    [GraphQLDescription("Signs a resident in with the tracking code of their request and the phone number they gave; the token sees that request only.")]
    public Task<LoginPayload> ResidentLoginAsync(string trackingCode, string phone, [Service] ResidentSignIn residents, [Service] SessionCookie cookie, CancellationToken ct) =>
        Guard(async () =>
        {
            var token = await residents.SignInAsync(trackingCode, phone, ct);
            cookie.Set(token);
            return new LoginPayload(token.Token, token.ExpiresAt);
        });

    [Authorize(Roles.WorkflowAdmin)]
    [GraphQLDescription("Creates a staff account for a person; the person's role assignments are the account's roles.")]
    public Task<AccountNode> CreateAccountAsync(string userName, string password, string personId, [Service] AccountService accounts, CancellationToken ct) =>
        Guard(async () =>
        {
            var account = await accounts.CreateAsync(userName, password, personId, ct);
            return new AccountNode(account.Id, account.UserName, account.PersonId, account.CreatedAt);
        });

    [Authorize]
    [GraphQLDescription("Signs out: clears the session cookie and, for a staff account, ends every token it was given.")]
    public Task<bool> LogoutAsync([Service] ICurrentActor actor, [Service] AccountService accounts, [Service] SessionCookie cookie, CancellationToken ct) =>
        Guard(async () =>
        {
            if (actor.AccountId is { } account) await accounts.LogoutEverywhereAsync(account, ct);
            cookie.Clear();
            return true;
        });

    [Authorize]
    [GraphQLDescription("Creates an API key acting as a person (yourself unless a workflow-admin names another). The key is in the answer once and never again.")]
    public Task<CreatedApiKeyPayload> CreateApiKeyAsync(string name, string? personId, [Service] ICurrentActor actor, [Service] ApiKeyService keys, CancellationToken ct) =>
        Guard(async () =>
        {
            var account = StaffAccount(actor);
            var person = personId ?? actor.PersonId!;
            if (person != actor.PersonId && !actor.HasRole(Roles.WorkflowAdmin)) throw new AuthorizationException(AuthorizeResult.NotAllowed);
            var created = await keys.CreateAsync(name, person, account, ct);
            return new CreatedApiKeyPayload(created.Key.Id, created.Key.Name, created.Key.Prefix, created.Key.PersonId, created.Key.CreatedAt, created.Secret);
        });

    [Authorize]
    [GraphQLDescription("Revokes an API key you created (a workflow-admin may revoke any). False when it was revoked already.")]
    public Task<bool> RevokeApiKeyAsync(Guid id, [Service] ICurrentActor actor, [Service] ApiKeyService keys, CancellationToken ct) =>
        Guard(() => keys.RevokeAsync(id, StaffAccount(actor), actor.HasRole(Roles.WorkflowAdmin), ct));

    [Authorize]
    [GraphQLDescription("Starts TOTP enrolment: a new secret for an authenticator app. Sign-in asks for codes once confirmTotp accepted one.")]
    public Task<TotpSetupPayload> EnableTotpAsync([Service] ICurrentActor actor, [Service] AccountService accounts, CancellationToken ct) =>
        Guard(async () =>
        {
            var setup = await accounts.EnableTotpAsync(StaffAccount(actor), ct);
            return new TotpSetupPayload(setup.Secret, setup.Uri);
        });

    [Authorize]
    [GraphQLDescription("Confirms TOTP enrolment with a current code from the authenticator app.")]
    public Task<bool> ConfirmTotpAsync(string code, [Service] ICurrentActor actor, [Service] AccountService accounts, CancellationToken ct) =>
        Guard(async () =>
        {
            await accounts.ConfirmTotpAsync(StaffAccount(actor), code, ct);
            return true;
        });

    /// <summary>Account operations need a signed-in staff account, not an API key or a resident.</summary>
    private static Guid StaffAccount(ICurrentActor actor) => actor.AccountId ?? throw new AuthorizationException(AuthorizeResult.NotAllowed);

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
