using System.Text.Json;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class ResultJsonTests
{
    [Fact]
    public void Should_write_errors_before_data_and_extensions_last()
    {
        var result = new ExecutionResult
        {
            HasData = true,
            Data = new Dictionary<string, object?> { ["a"] = 1 },
            Errors = [new GraphQLError("boom", [new SourceLocation(2, 3)], ["a", 0, "b"], new Dictionary<string, object?> { ["code"] = "X" })],
            Extensions = new Dictionary<string, object?> { ["cost"] = 7 },
        };

        Assert.Equal(
            Run.J("{'errors':[{'message':'boom','locations':[{'line':2,'column':3}],'path':['a',0,'b'],'extensions':{'code':'X'}}],'data':{'a':1},'extensions':{'cost':7}}"),
            ResultJson.ToJson(result));
    }

    [Fact]
    public void Should_leave_out_data_for_request_errors_and_write_null_data_after_propagation()
    {
        Assert.Equal(Run.J("{'errors':[{'message':'bad'}]}"), ResultJson.ToJson(ExecutionResult.FromError(new GraphQLError("bad"))));
        Assert.Equal(Run.J("{'data':null}"), ResultJson.ToJson(ExecutionResult.FromData(null)));
    }

    [Fact]
    public void Should_write_plain_values_of_json_scalars()
    {
        using var document = JsonDocument.Parse("{\"x\":[1,\"two\"]}");
        var data = new Dictionary<string, object?>
        {
            ["element"] = document.RootElement.Clone(),
            ["map"] = new Dictionary<string, object?> { ["n"] = 1.5, ["l"] = 3L, ["d"] = 2.5m },
            ["list"] = new List<object?> { true, null, "é<>" },
            ["infinite"] = double.PositiveInfinity,
        };

        Assert.Equal(
            "{\"data\":{\"element\":{\"x\":[1,\"two\"]},\"map\":{\"n\":1.5,\"l\":3,\"d\":2.5},\"list\":[true,null,\"é<>\"],\"infinite\":null}}",
            ResultJson.ToJson(ExecutionResult.FromData(data)));
    }

    [Fact]
    public void Should_convert_json_to_plain_values_keeping_key_order_and_number_kinds()
    {
        var value = (IReadOnlyDictionary<string, object?>)PlainJson.Parse("{\"b\":1,\"a\":[2147483648,1.5,12345678901234567890123,null,\"x\\ud800\"],\"c\":{\"d\":true},\"b\":2}")!;

        Assert.Equal(["b", "a", "c"], value.Keys);
        Assert.Equal(2, value["b"]);
        var list = (IReadOnlyList<object?>)value["a"]!;
        Assert.Equal(2147483648L, list[0]);
        Assert.Equal(1.5, list[1]);
        Assert.Equal(12345678901234567890123m, list[2]);
        Assert.Null(list[3]);
        Assert.Equal("x\ud800", list[4]);
        Assert.Equal(true, ((IReadOnlyDictionary<string, object?>)value["c"]!)["d"]);
    }

    [Fact]
    public void Should_give_the_same_values_from_a_json_element()
    {
        using var document = JsonDocument.Parse("{\"n\":[1,{\"s\":\"t\"}]}");

        var value = (IReadOnlyDictionary<string, object?>)PlainJson.FromElement(document.RootElement)!;

        var list = (IReadOnlyList<object?>)value["n"]!;
        Assert.Equal(1, list[0]);
        Assert.Equal("t", ((IReadOnlyDictionary<string, object?>)list[1]!)["s"]);
    }
}
