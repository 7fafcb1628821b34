using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowHub.Studio.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests.Designer;

/// <summary>The designer driven as an admin would: drop, fill in, connect, undo, publish, compare.</summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerEditingTests(StudioFixture studio)
{
    private static readonly JsonObject Review = JsonNode.Parse("""
        {
          "definitionId": "designer-review", "name": "Review",
          "activities": [
            { "id": "start", "type": "Start", "properties": {} },
            { "id": "task", "type": "HumanTask", "properties": { "title": "Check", "assigneeRole": "grid-worker", "outcomes": ["Done"] } },
            { "id": "end", "type": "End", "properties": {} }
          ],
          "connections": [ { "from": "start", "to": "task" }, { "from": "task", "outcome": "Done", "to": "end" } ],
          "layout": { "nodes": { "start": { "x": 0, "y": 0 }, "task": { "x": 0, "y": 160 }, "end": { "x": 0, "y": 320 } } }
        }
        """)!.AsObject();

    [Fact]
    public async Task Should_mark_a_dropped_step_invalid_until_it_is_filled_in_and_connected_then_publish_version_2()
    {
        await studio.Server.AdminDataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = Review });
        await studio.Server.AdminDataAsync("""mutation { publishWorkflow(definitionId: "designer-review") { version } }""");
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_mark_a_dropped_step_invalid_until_it_is_filled_in_and_connected_then_publish_version_2));
        var page = session.Page;
        await session.GoToAsync("designer/designer-review");
        var status = page.GetByTestId("validation-status");
        await Expect(status).ToHaveClassAsync("badge valid");
        await Expect(page.GetByTestId("palette-HumanTask")).ToContainTextAsync("Human task");
        await session.ShotAsync("opened");

        var canvas = page.GetByTestId("designer-canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        await page.GetByTestId("palette-HumanTask").DragToAsync(canvas, new() { TargetPosition = new() { X = box.Width - 160, Y = box.Height / 2 } });
        var added = page.GetByTestId("node-humanTask");
        await Expect(added).ToBeVisibleAsync();
        await Expect(added).ToHaveAttributeAsync("data-invalid", "true");
        await Expect(page.Locator("[data-testid=validation-item][data-activity=humanTask][data-property=title]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("property-title")).ToHaveAttributeAsync("data-invalid", "true");
        await session.ShotAsync("dropped-invalid");

        await page.GetByTestId("field-title").FillAsync("Supervisor review");
        await page.GetByTestId("field-assigneeRole").FillAsync("community-admin");
        await page.GetByTestId("field-outcomes-item-0").FillAsync("Approved");
        await Expect(page.GetByTestId("outcome-humanTask-Approved")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=validation-item][data-activity=humanTask][data-property=title]")).ToHaveCountAsync(0);
        // Still unreachable from Start.
        await Expect(added).ToHaveAttributeAsync("data-invalid", "true");

        await ConnectAsync(page, "outcome-task-Done", "humanTask");
        // task → humanTask replaced task → end, so End is now unreachable.
        await Expect(page.GetByTestId("node-end")).ToHaveAttributeAsync("data-invalid", "true");
        await ConnectAsync(page, "outcome-humanTask-Approved", "end");
        await Expect(status).ToHaveClassAsync("badge valid");
        await session.ShotAsync("connected-valid");

        await page.GetByTestId("designer-canvas").ClickAsync(new() { Position = new() { X = 20, Y = 20 } });
        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.GetByTestId("node-end")).ToHaveAttributeAsync("data-invalid", "true");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Expect(status).ToHaveClassAsync("badge valid");

        await page.GetByTestId("designer-publish").ClickAsync();
        await Expect(page.GetByTestId("designer-status")).ToHaveAttributeAsync("data-version", "2");
        await Expect(page.GetByTestId("designer-status")).ToContainTextAsync("已发布版本 2");
        await session.ShotAsync("published");

        var stored = await studio.Server.AdminDataAsync("""{ workflowDefinition(definitionId: "designer-review") { version definition } }""");
        Assert.Equal(2, stored["workflowDefinition"]!["version"]!.GetValue<int>());
        var connections = stored["workflowDefinition"]!["definition"]!["connections"]!.AsArray().Select(c => $"{c!["from"]}.{c["outcome"] ?? "Done"}>{c["to"]}");
        Assert.Equal(["start.Done>task", "task.Done>humanTask", "humanTask.Approved>end"], connections);

        await page.GetByTestId("designer-compare").ClickAsync();
        await Expect(page.GetByTestId("compare-added")).ToContainTextAsync("humanTask");
        await Expect(page.GetByTestId("compare-retargeted")).ToContainTextAsync("task.Done");
        await Expect(page.Locator("[data-testid=compare-right-canvas] [data-testid=node-humanTask]")).ToHaveAttributeAsync("data-mark", "added");
        await session.ShotAsync("compared");
    }

    /// <summary>Drags from an outcome handle to the target node's input handle, as a person connects them.</summary>
    private static async Task ConnectAsync(IPage page, string handleTestId, string targetId)
    {
        var from = (await page.GetByTestId(handleTestId).BoundingBoxAsync())!;
        var to = (await page.Locator($"[data-testid=node-{targetId}] .in-handle").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2 - 20, new() { Steps = 8 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 4 });
        await page.Mouse.UpAsync();
    }
}
