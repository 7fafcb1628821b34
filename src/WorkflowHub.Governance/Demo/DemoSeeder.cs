using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Governance.OrgUnits;
using WorkflowHub.Governance.OrgUnits.Import;
using WorkflowHub.Governance.People;
using WorkflowHub.Persistence;

namespace WorkflowHub.Governance.Demo;

/// <summary>
/// Seeds a demo district: streets, communities, grids, buildings and departments, staff with their roles and party
/// members, through the same importers an administrator uses; then every registered <see cref="IDemoSeedStep"/>.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<WorkflowHubDbContext> contexts, OrgUnitImporter units, PeopleImporter people,
    TimeProvider clock, IEnumerable<IDemoSeedStep> steps)
{
    public const int Streets = 6, CommunitiesPerStreet = 5, GridsPerCommunity = 4, BuildingsPerGrid = 2, MembersPerCommunity = 6;

    private static readonly string[] Surnames = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"];
    private static readonly string[] Given = ["Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Tao", "Ming", "Hua", "Xia", "Qiang", "Li", "Na", "Bo", "Ying"];
    private static readonly string[] StreetNames = ["Heping", "Jianshe", "Xinhua", "Chaoyang", "Renmin", "Dongfeng"];

    /// <summary>True when no org unit is stored yet: the only state the demo is offered in.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return !await db.Set<OrgUnit>().AnyAsync(ct);
    }

    public async Task<DemoContext> SeedAsync(IProgress<DemoProgress> progress, CancellationToken ct = default) =>
        await SeedAsync(progress, DemoSize.Full, ct);

    public async Task<DemoContext> SeedAsync(IProgress<DemoProgress> progress, DemoSize size, CancellationToken ct = default)
    {
        var tree = new StringBuilder("id,parentId,kind,name,latitude,longitude,calendar\n");
        var staff = new StringBuilder("id,name,phone,orgUnitId,roles,partyMember,branchId\n");
        var random = new Random(7);
        var personNumber = 0;
        void Person(string unit, string roles, bool member = false, string? branch = null)
        {
            personNumber++;
            var name = $"{Surnames[random.Next(Surnames.Length)]} {Given[random.Next(Given.Length)]}";
            staff.Append($"person-{personNumber:D4},{name},139{personNumber:D8},{unit},{roles},{member},{branch}\n");
        }

        List<string> streets = [], communities = [], grids = [];
        tree.Append("district,,District,Demo District,39.9042,116.4074,default\n");
        tree.Append("dept-water,district,Department,Water Affairs Bureau,,,\n");
        tree.Append("dept-urban,district,Department,Urban Management,,,\n");
        Person("district", "district-officer; workflow-admin");
        Person("district", "dispatcher");
        Person("dept-water", "department-contact");
        Person("dept-urban", "department-contact");
        for (var s = 0; s < Streets; s++)
        {
            var street = $"street-{s + 1}";
            streets.Add(street);
            tree.Append($"{street},district,Street,{StreetNames[s % StreetNames.Length]} Street,{39.85 + s * 0.02:F4},{116.35 + s * 0.02:F4},\n");
            Person(street, "street-officer; dispatcher");
            for (var c = 0; c < CommunitiesPerStreet; c++)
            {
                var community = $"{street}-c{c + 1}";
                communities.Add(community);
                tree.Append($"{community},{street},Community,{StreetNames[s % StreetNames.Length]} Community {c + 1},{39.85 + s * 0.02 + c * 0.003:F4},{116.35 + s * 0.02:F4},\n");
                Person(community, "community-admin");
                Person(community, "branch-secretary", member: true, branch: community);
                for (var m = 0; m < MembersPerCommunity; m++) Person(community, "party-member", member: true, branch: community);
                for (var g = 0; g < GridsPerCommunity; g++)
                {
                    var grid = $"{community}-g{g + 1}";
                    grids.Add(grid);
                    tree.Append($"{grid},{community},Grid,Grid {g + 1},{39.85 + s * 0.02 + c * 0.003 + g * 0.0007:F4},{116.35 + s * 0.02 + g * 0.0007:F4},\n");
                    Person(grid, "grid-head");
                    Person(grid, "grid-worker");
                    Person(grid, "grid-worker");
                    for (var b = 0; b < BuildingsPerGrid; b++)
                    {
                        var building = $"{grid}-b{b + 1}";
                        tree.Append($"{building},{grid},Building,Building {b + 1},,,\n");
                        Person(building, "building-head; resident");
                    }
                }
            }
        }

        progress.Report(new DemoProgress("org units", 0, 2));
        await units.ImportAsync(ImportFormat.Csv, tree.ToString(), ct);
        progress.Report(new DemoProgress("people", 1, 2));
        await people.ImportAsync(ImportFormat.Csv, staff.ToString(), ct);
        progress.Report(new DemoProgress("people", 2, 2));

        await using var db = await contexts.CreateDbContextAsync(ct);
        var members = await db.Set<Person>().Where(p => p.PartyMember).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var context = new DemoContext("district", streets, communities, grids, members, clock.GetUtcNow()) { Size = size };
        foreach (var step in steps.OrderBy(s => s.Order)) await step.RunAsync(context, progress, ct);
        return context;
    }
}
