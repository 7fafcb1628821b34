namespace WorkflowHub.LoadGen;

/// <summary>
/// What the run needs in the database, made idempotently: a small district (district → street → community → four grids),
/// a working calendar of every hour for it (so compressed deadlines fall due at any time of the week), an officer
/// over the district who works the requests' tasks, and the community's party branch (a secretary and twenty members).
/// </summary>
internal sealed class RunSetup(GraphQLNodes nodes, LoadOptions options)
{
    public const string OfficerPassword = "load generator officer password";

    public string District => options.Prefix + "-d";
    public IReadOnlyList<string> Grids => Enumerable.Range(1, 4).Select(i => $"{options.Prefix}-g{i}").ToList();
    public string Officer => options.Prefix + "-officer";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var login = await nodes.RunAsync("login", "mutation($u: String!, $p: String!) { login(userName: $u, password: $p) { token } }",
            new { u = options.AdminUser, p = options.AdminPassword }, ct: ct);
        nodes.Token = login["login"]!["token"]!.GetValue<string>();

        var known = (await nodes.RunAsync("orgUnits", "query($id: ID!) { orgUnit(id: $id) { id } }", new { id = District }, ct: ct))["orgUnit"] is not null;
        if (!known)
        {
            await CreateUnitAsync(District, null, "DISTRICT", ct);
            await CreateUnitAsync(options.Prefix + "-s", District, "STREET", ct);
            await CreateUnitAsync(options.Prefix + "-c", options.Prefix + "-s", "COMMUNITY", ct);
            foreach (var grid in Grids) await CreateUnitAsync(grid, options.Prefix + "-c", "GRID", ct);
            await nodes.RunAsync("saveWorkingCalendar", """
                mutation($n: String!, $units: [String!]) { saveWorkingCalendar(name: $n, input: { workingHours: "00:00-23:59", weekendDays: [], holidays: [], makeUpWorkingDays: [], orgUnits: $units }) { name } }
                """, new { n = options.Prefix + "-all-hours", units = new[] { District, options.Prefix + "-s", options.Prefix + "-c" }.Concat(Grids).ToArray() }, ct: ct);
            await nodes.RunAsync("createPerson", "mutation($id: ID!) { createPerson(input: { id: $id, name: \"Load officer\" }) { id } }", new { id = Officer }, ct: ct);
            await nodes.RunAsync("assignRole", "mutation($p: ID!, $u: ID!) { assignRole(personId: $p, role: \"district-officer\", orgUnitId: $u) { id } }",
                new { p = Officer, u = District }, ct: ct);
            await CreateAccountAsync(Officer, ct);
        }

        if (!known)
        {
            // The community's party branch: a secretary who reviews pledges, and members who make them.
            var community = options.Prefix + "-c";
            await nodes.RunAsync("createPerson", "mutation($id: ID!) { createPerson(input: { id: $id, name: \"Branch secretary\" }) { id } }", new { id = Secretary }, ct: ct);
            await nodes.RunAsync("assignRole", "mutation($p: ID!, $u: ID!) { assignRole(personId: $p, role: \"branch-secretary\", orgUnitId: $u) { id } }",
                new { p = Secretary, u = community }, ct: ct);
            await CreateAccountAsync(Secretary, ct);
            foreach (var member in Members)
            {
                await nodes.RunAsync("createPerson", "mutation($id: ID!, $b: ID!, $g: ID!) { createPerson(input: { id: $id, name: \"Party member\", partyMember: true, branchId: $b, orgUnitId: $g }) { id } }",
                    new { id = member, b = community, g = Grids[0] }, ct: ct);
                await CreateAccountAsync(member, ct);
            }
        }

        SecretaryToken = await LoginAsync(Secretary, ct);
        foreach (var member in Members) MemberTokens.Add(await LoginAsync(member, ct));
        return await LoginAsync(Officer, ct);
    }

    /// <summary>Each member may make five pledges a year, so there are enough of them for a long run.</summary>
    public IReadOnlyList<string> Members => Enumerable.Range(1, 20).Select(i => $"{options.Prefix}-member-{i}").ToList();
    public string Secretary => options.Prefix + "-secretary";
    public string SecretaryToken { get; private set; } = "";
    public List<string> MemberTokens { get; } = [];

    private Task CreateAccountAsync(string person, CancellationToken ct) =>
        nodes.RunAsync("createAccount", "mutation($u: String!, $p: String!) { createAccount(userName: $u, password: $p, personId: $u) { id } }",
            new { u = person, p = OfficerPassword }, ct: ct);

    private async Task<string> LoginAsync(string user, CancellationToken ct) =>
        (await nodes.RunAsync("login", "mutation($u: String!, $p: String!) { login(userName: $u, password: $p) { token } }",
            new { u = user, p = OfficerPassword }, ct: ct))["login"]!["token"]!.GetValue<string>();

    private Task CreateUnitAsync(string id, string? parent, string kind, CancellationToken ct) =>
        nodes.RunAsync("createOrgUnit", "mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }",
            new { i = new { id, parentId = parent, kind, name = $"{kind} {id}" } }, ct: ct);
}
