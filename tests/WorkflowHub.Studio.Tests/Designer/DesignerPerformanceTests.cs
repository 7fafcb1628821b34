using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WorkflowHub.Studio.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests.Designer;

/// <summary>
/// The designer with 200 activities, timed in the browser by the Performance API marks the page leaves:
/// designer:open (from starting to load the definition to the first frame with its nodes) and designer:change
/// (from applying a finished node drag to the next painted frame).
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class DesignerPerformanceTests(StudioFixture studio, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_open_200_activities_within_a_second_and_apply_a_node_move_within_50_ms()
    {
        var definition = LargeDefinition.Create("large-200", 200);
        await studio.Server.AdminDataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = definition });
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_open_200_activities_within_a_second_and_apply_a_node_move_within_50_ms));
        var page = session.Page;

        var opens = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            await session.GoToAsync("designer/large-200");
            await Expect(page.GetByTestId("node-start")).ToBeVisibleAsync();
            opens.Add(await MeasureAsync(page, "designer:open"));
        }
        await Expect(page.GetByTestId("validation-status")).ToHaveAttributeAsync("class", "badge valid", new() { Timeout = 30_000 });
        await session.ShotAsync("opened-200");

        var changes = new List<double>();
        for (var move = 0; move < 9; move++)
        {
            var node = page.GetByTestId("node-step1");
            var box = (await node.BoundingBoxAsync())!;
            // The whole flow is fitted into view, so a node is small: grab its middle.
            var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
            await page.Mouse.MoveAsync(x, y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(x + 10, y + 10, new() { Steps = 4 });
            await page.Mouse.MoveAsync(x + 20 + move * 3, y + 25, new() { Steps = 4 });
            await page.Mouse.UpAsync();
            changes.Add(await MeasureAsync(page, "designer:change"));
        }
        await session.ShotAsync("moved");
        await Expect(page.GetByTestId("designer-unsaved")).ToBeVisibleAsync();

        var nodesShown = await page.Locator(".react-flow__node").CountAsync();
        var report = $"open: {Figures(opens)}; move applied: {Figures(changes)}; nodes in the DOM: {nodesShown}";
        output.WriteLine(report);
        Directory.CreateDirectory(Screenshots.Root);
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Root, "designer-performance.txt"), report + Environment.NewLine);

        Assert.True(opens.Median() < 1000, $"Opening took {Figures(opens)}");
        Assert.True(changes.Median() < 50, $"Applying a move took {Figures(changes)}");
    }

    /// <summary>The newest measure of that name, waiting for it (the page measures after the next frame).</summary>
    private static async Task<double> MeasureAsync(IPage page, string name)
    {
        var handle = await page.WaitForFunctionAsync(
            "name => { const all = performance.getEntriesByName(name, 'measure'); if (!all.length) return null; const d = all[all.length - 1].duration; performance.clearMeasures(name); return [d]; }",
            name);
        return (await handle.JsonValueAsync<double[]>())[0];
    }

    private static string Figures(List<double> ms) =>
        string.Join(", ", ms.Select(m => m.ToString("F1", CultureInfo.InvariantCulture))) + $" ms (median {ms.Median().ToString("F1", CultureInfo.InvariantCulture)} ms)";
}

internal static class MedianExtensions
{
    public static double Median(this IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
