using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowHub.Studio.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class ExplorerPagesTests(StudioFixture studio)
{
    public const string Grid = "street-1-c1-g1";

    [Fact]
    public async Task Should_show_a_dry_run_before_migrating_an_instance_to_a_newer_version()
    {
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_show_a_dry_run_before_migrating_an_instance_to_a_newer_version));
        var page = session.Page;
        await studio.Server.AdminDataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = System.Text.Json.Nodes.JsonNode.Parse(Leave(false)) });
        await studio.Server.AdminDataAsync("mutation { publishWorkflow(definitionId: \"studio-leave\") { version } }");
        var started = await studio.Server.AdminDataAsync("mutation { startWorkflow(definitionId: \"studio-leave\") { instanceId } }");
        var id = started["startWorkflow"]!["instanceId"]!.GetValue<string>();
        await studio.Server.AdminDataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = System.Text.Json.Nodes.JsonNode.Parse(Leave(true)) });
        await studio.Server.AdminDataAsync("mutation { publishWorkflow(definitionId: \"studio-leave\") { version } }");

        await session.GoToAsync($"instances/{id}");
        await Expect(page.GetByTestId("instance-version")).ToHaveTextAsync("v1");
        await page.GetByTestId("migrate-dry-run").ClickAsync();
        var report = page.GetByTestId("migrate-report");
        await Expect(report).ToHaveAttributeAsync("data-can-migrate", "true");
        await Expect(report.GetByTestId("migrate-wait-review")).ToContainTextAsync("HumanTask");
        await Expect(report).ToContainTextAsync("approver");
        await Expect(page.GetByTestId("instance-version")).ToHaveTextAsync("v1");
        await session.ShotAsync("dry-run-report");

        await page.GetByTestId("migrate-confirm").ClickAsync();
        await Expect(page.GetByTestId("instance-version")).ToHaveTextAsync("v2");
        await Expect(page.GetByTestId("instance-journal").Locator("[data-event=InstanceMigrated]")).ToContainTextAsync("admin");
        await Expect(page.GetByTestId("instance-canvas").GetByTestId("node-approve")).ToBeVisibleAsync();
        await session.ShotAsync("migrated");
    }

    [Fact]
    public async Task Should_chart_the_demo_metrics_and_refresh_live_when_a_request_comes_in()
    {
        await studio.EnsureDemoAsync();
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_chart_the_demo_metrics_and_refresh_live_when_a_request_comes_in));
        var page = session.Page;

        await session.GoToAsync("dashboard");
        foreach (var chart in new[] { "chart-rates", "chart-requests", "chart-whistles-grade", "chart-pledges" })
            await Expect(page.GetByTestId(chart)).Not.ToHaveAttributeAsync("data-points", "0");
        await Expect(page.GetByTestId("dashboard-live")).Not.ToContainTextAsync(":");
        await session.ShotAsync("dashboard-with-demo-data");

        await studio.Server.AdminDataAsync("""
            mutation($grid: String!) { submitServiceRequest(input: { title: "Broken bench", category: "general", orgUnitId: $grid, channel: APP, reporter: { name: "Resident Li", phone: "13900000001" } }) { serviceRequest { id } } }
            """, new { grid = Grid });
        await Expect(page.GetByTestId("dashboard-live")).ToContainTextAsync(new Regex(@"\d+:\d+"));
        await session.ShotAsync("dashboard-after-live-event");

        await page.Locator("button.lang").ClickAsync();
        await Expect(page.GetByTestId("chart-rates").Locator("figcaption")).ToHaveTextAsync("Request figures");
        await session.ShotAsync("dashboard-in-english");
    }

    private static string Leave(bool withApproval) => $$"""
        {
          "definitionId": "studio-leave", "name": "Leave request",
          "variables": [ { "name": "days", "type": "number", "default": 1 }{{(withApproval ? """, { "name": "approver", "type": "string", "default": "head" }""" : "")}} ],
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "review", "type": "HumanTask", "properties": { "title": "Review", "assigneeRole": "grid-head", "outcomes": ["Done"] } },
            {{(withApproval ? """{ "id": "approve", "type": "HumanTask", "properties": { "title": "Approve", "assigneeRole": "grid-head", "outcomes": ["Yes"] } },""" : "")}}
            { "id": "end", "type": "End" }
          ],
          "connections": [ { "from": "start", "to": "review" },
            {{(withApproval ? """{ "from": "review", "outcome": "Done", "to": "approve" }, { "from": "approve", "outcome": "Yes", "to": "end" }""" : """{ "from": "review", "outcome": "Done", "to": "end" }""")}} ]
        }
        """;
}
