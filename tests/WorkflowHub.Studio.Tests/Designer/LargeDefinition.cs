using System.Text.Json.Nodes;

namespace WorkflowHub.Studio.Tests.Designer;

/// <summary>A valid definition of a given size: Start, a chain of steps with a decision every tenth, End; laid out on a grid.</summary>
public static class LargeDefinition
{
    public static JsonObject Create(string definitionId, int activities)
    {
        var list = new JsonArray();
        var connections = new JsonArray();
        var nodes = new JsonObject();
        string Id(int i) => i == 0 ? "start" : i == activities - 1 ? "end" : $"step{i}";
        for (var i = 0; i < activities; i++)
        {
            var id = Id(i);
            var type = i == 0 ? "Start" : i == activities - 1 ? "End" : i % 10 == 5 ? "Decision" : "SetVariable";
            var properties = type switch
            {
                "SetVariable" => new JsonObject { ["variable"] = "counter", ["value"] = $"=variables.counter + {i}" },
                "Decision" => new JsonObject { ["condition"] = "variables.counter > 10" },
                _ => new JsonObject(),
            };
            list.Add(new JsonObject { ["id"] = id, ["type"] = type, ["name"] = $"Step {i}", ["properties"] = properties });
            nodes[id] = new JsonObject { ["x"] = i % 10 * 260, ["y"] = i / 10 * 160 };
            if (i == activities - 1) continue;
            if (type == "Decision")
            {
                connections.Add(new JsonObject { ["from"] = id, ["outcome"] = "True", ["to"] = Id(i + 1) });
                connections.Add(new JsonObject { ["from"] = id, ["outcome"] = "False", ["to"] = Id(i + 1) });
            }
            else connections.Add(new JsonObject { ["from"] = id, ["to"] = Id(i + 1) });
        }
        return new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"{activities} activities",
            ["variables"] = new JsonArray(new JsonObject { ["name"] = "counter", ["type"] = "number", ["default"] = 0 }),
            ["activities"] = list,
            ["connections"] = connections,
            ["layout"] = new JsonObject { ["nodes"] = nodes },
        };
    }
}
