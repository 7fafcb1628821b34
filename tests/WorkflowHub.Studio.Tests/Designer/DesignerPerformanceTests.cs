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
    public async Task Should_open_200_activities_and_apply_node_moves_measuring_both_in_the_browser()
    {
        var definition = LargeDefinition.Create("large-200", 200);
        await studio.Server.AdminDataAsync("mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { version } }", new { d = definition });
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_open_200_activities_and_apply_node_moves_measuring_both_in_the_browser));
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
        for (var move = 0; move < 5; move++)
        {
            var node = page.GetByTestId("node-step1");
            var box = (await node.BoundingBoxAsync())!;
            // From the node's middle: with 200 activities fitted into view a node is only a few dozen pixels wide.
            var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
            await page.Mouse.MoveAsync(x, y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(x + 20, y + 25, new() { Steps = 4 });
            await page.Mouse.MoveAsync(x + 40 + move * 10, y + 55, new() { Steps = 4 });
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

        // The figures against the targets (under 1 s, under 50 ms) are recorded in bench/RESULTS.md, not asserted: a
        // shared 2-core CI machine would make a timed assertion fail for reasons that are not the designer's.
        Assert.Equal(3, opens.Count);
        Assert.Equal(5, changes.Count);
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
