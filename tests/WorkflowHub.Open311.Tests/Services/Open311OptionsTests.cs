using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowHub.Open311.Tests.Services;

public sealed class Open311OptionsTests
{
    [Fact]
    public void Should_read_services_and_their_attributes_from_configuration_then_apply_code()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream("""
            { "WorkflowHub": { "Open311": {
                "JurisdictionId": "hepingli.example.cn",
                "Services": { "Utilities": {
                  "Keywords": ["water", "power"],
                  "Attributes": { "utility": { "Datatype": "singlevaluelist", "Required": true, "Order": 1, "Description": "Which utility?",
                                               "Values": [{ "Key": "water", "Name": "水 Water" }, { "Key": "power", "Name": "电 Power" }] } } } } } } }
            """u8.ToArray())).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .Configure<Open311Options>(o => o.MaxPageSize = 200).BuildServiceProvider();

        var options = Open311Endpoints.LoadOptions(services);

        Assert.Equal(("hepingli.example.cn", 200), (options.JurisdictionId, options.MaxPageSize));
        var utility = options.Services["utilities"].Attributes["UTILITY"];
        Assert.Equal((AttributeDatatype.SingleValueList, true, 1), (utility.Datatype, utility.Required, utility.Order));
        Assert.Equal(["water", "power"], utility.Values.Select(v => v.Key));
        Assert.Equal(["water", "power"], options.Services["utilities"].Keywords);
    }
}
