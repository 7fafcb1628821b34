using Microsoft.Extensions.DependencyInjection;
using WorkflowHub.Governance.Tests.Support;
using WorkflowHub.Security.ApiKeys;

namespace WorkflowHub.Open311.Tests.Support;

/// <summary>
/// The governance test server with the demo grid, the utilities service asking three extra questions, and an API key
/// for a civic app (acting as the community's dispatcher).
/// </summary>
public sealed class Open311Server : IAsyncDisposable
{
    public const string AppPerson = DemoTree.Dispatcher;
    public const string Phone = "13812345678";

    private Open311Server(GovernanceServer server) => Server = server;

    public GovernanceServer Server { get; }
    public Open311Api Api => new(Server);
    public string ApiKey { get; private set; } = "";
    public Guid ApiKeyId { get; private set; }

    public static async Task<Open311Server> StartAsync()
    {
        var server = new Open311Server(new GovernanceServer(services => services.Configure<Open311Options>(ConfigureServices)));
        await DemoTree.SeedAsync(server.Server);
        var created = await server.Server.Services.GetRequiredService<ApiKeyService>().CreateAsync("Civic app", AppPerson, Guid.NewGuid());
        (server.ApiKey, server.ApiKeyId) = (created.Secret, created.Key.Id);
        return server;
    }

    private static void ConfigureServices(Open311Options options)
    {
        options.Contact = "和平里街道 Hepingli street office, 010-12345678";
        options.JurisdictionId = "hepingli.example.cn";
        options.Services["utilities"] = new ServiceSettings
        {
            Keywords = ["water", "power", "gas", "heating"],
            Group = "Utilities",
            Attributes =
            {
                ["utility"] = new AttributeSettings
                {
                    Datatype = AttributeDatatype.SingleValueList, Required = true, Order = 1, Description = "Which utility?",
                    Values = [new() { Key = "water", Name = "水 Water" }, new() { Key = "power", Name = "电 Power" }, new() { Key = "gas", Name = "气 Gas" }, new() { Key = "heating", Name = "暖 Heating" }],
                },
                ["since"] = new AttributeSettings { Datatype = AttributeDatatype.Datetime, Order = 3, Description = "Since when?" },
                ["floor"] = new AttributeSettings { Datatype = AttributeDatatype.Number, Order = 2, Description = "Which floor?" },
            },
        };
        options.Services["complex"] = new ServiceSettings
        {
            Attributes =
            {
                ["parties"] = new AttributeSettings
                {
                    Datatype = AttributeDatatype.MultiValueList, Description = "Who else is involved?",
                    Values = [new() { Key = "landlord", Name = "房东 Landlord" }, new() { Key = "property", Name = "物业 Property manager" }, new() { Key = "neighbours", Name = "邻居 Neighbours" }],
                },
                ["notice"] = new AttributeSettings { Variable = false, Description = "Complex cases take up to 15 days." },
            },
        };
    }

    /// <summary>A report of an overflowing sewer near grid 1, as a civic app posts it; <paramref name="change"/> edits the fields.</summary>
    public Dictionary<string, string> Report(Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["api_key"] = ApiKey,
            ["service_code"] = "utilities",
            ["attribute[utility]"] = "water",
            ["lat"] = (DemoTree.Grid1Latitude + 0.001).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["long"] = (DemoTree.Grid1Longitude + 0.001).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["address_string"] = "和平里3号楼东侧 East of building 3",
            ["description"] = "污水井冒水 The manhole outside building 3 overflows every morning.",
            ["first_name"] = "三",
            ["last_name"] = "张",
            ["phone"] = Phone,
            ["email"] = "zhang.san@example.com",
            ["device_id"] = "device-4711",
        };
        change?.Invoke(form);
        return form;
    }

    /// <summary>What a refused POST must leave untouched: the stored requests, their reporters and workflow instances.</summary>
    public Task<(int Requests, int Reporters, int Instances)> StoredAsync() => Server.QueryAsync(db => Task.FromResult(
        (db.Set<Governance.ServiceRequests.ServiceRequest>().Count(), db.Set<Governance.ServiceRequests.Reporter>().Count(), db.Instances.Count())));

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
