namespace WorkflowHub.Engine.Tests;

/// <summary>Builds small definitions for tests: activities and connections as JSON fragments.</summary>
internal static class Defs
{
    public static string Flow(string id, string activities, string connections, string variables = "[]", string inputs = "[]") => $$"""
        {
          "definitionId": "{{id}}",
          "name": "{{id}}",
          "variables": {{variables}},
          "inputs": {{inputs}},
          "activities": [ { "id": "start", "type": "Start" }, {{activities}} ],
          "connections": {{connections}}
        }
        """;
}
