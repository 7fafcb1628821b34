using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkflowHub.Studio.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests;

/// <summary>
/// The studio's whole story, as an admin lives it: change the service-request process in the designer, publish it,
/// run a request through the new step in the inbox, see the path it took, the dashboard's charts, both languages.
/// </summary>
[Collection(StudioCollection.Name)]
public sealed class ServiceRequestStoryTests(StudioFixture studio)
{
    [Fact]
    public async Task Should_add_a_supervisor_review_publish_version_2_and_walk_a_request_through_it()
    {
        await studio.EnsureDemoAsync();
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_add_a_supervisor_review_publish_version_2_and_walk_a_request_through_it));
        var page = session.Page;

        await session.GoToAsync("designer/service-request");
        var status = page.GetByTestId("validation-status");
        await Expect(status).ToHaveClassAsync("badge valid");
        await session.ShotAsync("designer-opened");

        // Drag a human task from the palette and make it the supervisor review.
        // Dropped in the free space left of the result report, so both fit in view once zoomed in to connect them.
        var canvas = page.GetByTestId("designer-canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        var reportResult = (await page.GetByTestId("node-reportResult").BoundingBoxAsync())!;
        var drop = (X: reportResult.X - 260, Y: reportResult.Y + reportResult.Height / 2);
        await page.GetByTestId("palette-HumanTask").DragToAsync(canvas, new() { TargetPosition = new() { X = drop.X - box.X, Y = drop.Y - box.Y } });
        var review = page.GetByTestId("node-humanTask");
        await Expect(review).ToHaveAttributeAsync("data-invalid", "true");
        await page.GetByTestId("field-title").FillAsync("Supervisor review");
        await page.GetByTestId("field-assigneeRole").FillAsync("grid-head");
        // At the request's handling unit, like the other steps: the grid head there reviews, the officers above oversee.
        await page.GetByTestId("field-orgUnit").FillAsync("=variables.handlingUnitId");
        await page.GetByTestId("field-outcomes-item-0").FillAsync("Approved");
        await Expect(page.GetByTestId("outcome-humanTask-Approved")).ToBeAttachedAsync();
        // Once filled in, only "cannot be reached" is left; waiting for it lets the problem list (and the canvas above
        // it) settle before dragging between handles.
        await Expect(page.Locator("[data-testid=validation-item]")).ToHaveCountAsync(1);
        await session.ShotAsync("review-dropped");
        // Fitted to the whole process a handle is a few pixels wide: zoom in around the two steps, as a person would.
        await page.Mouse.MoveAsync(drop.X + 130, drop.Y);
        for (var notch = 0; notch < 3; notch++) await page.Mouse.WheelAsync(0, -120);
        await page.WaitForTimeoutAsync(300);
        await session.ShotAsync("zoomed-in");

        // Between handling and rating: the result report now leads to the review; until the review leads on, the step
        // that follows it in the process is unreachable and the definition is invalid.
        await ConnectAsync(page, "outcome-reportResult-Reported", "humanTask");
        await session.ShotAsync("validation-error-until-connected");
        await Expect(status).Not.ToHaveClassAsync("badge valid");
        await Expect(page.GetByTestId("node-resolved")).ToHaveAttributeAsync("data-invalid", "true");
        await ConnectAsync(page, "outcome-humanTask-Approved", "resolved");
        await Expect(status).ToHaveClassAsync("badge valid");
        await session.ShotAsync("review-connected");

        await page.GetByTestId("designer-publish").ClickAsync();
        await Expect(page.GetByTestId("designer-status")).ToHaveAttributeAsync("data-version", "2");
        await session.ShotAsync("published-version-2");

        // A request on version 2, walked through the inbox including the new step.
        var id = await StudioSteps.StartServiceRequestAsync(session, "Streetlight out at gate 2", "SR-STORY-1");
        await Expect(page.GetByTestId("instance-version")).ToHaveTextAsync("v2");
        await Expect(page.GetByTestId("node-signFor")).ToHaveAttributeAsync("data-waiting", "true");
        await Expect(page.GetByTestId("instance-timers")).ToContainTextAsync("signFor");
        await session.ShotAsync("started-waiting-for-sign-for");
        await page.GetByTestId("instance-open-inbox").ClickAsync();
        await StudioSteps.WalkServiceRequestTasksAsync(session, id, reviewActivity: "humanTask");

        await session.GoToAsync($"instances/{id}");
        var instanceCanvas = page.GetByTestId("instance-canvas");
        await Expect(page.GetByTestId("instance-status")).ToHaveAttributeAsync("data-status", "COMPLETED");
        foreach (var visited in new[] { "receive", "route", "signFor", "contact", "handle", "reportResult", "humanTask", "resolved", "rate", "close", "end" })
            await Expect(instanceCanvas.GetByTestId($"node-{visited}")).ToHaveAttributeAsync("data-visited", "true");
        await Expect(instanceCanvas.GetByTestId("node-dispatch")).Not.ToHaveAttributeAsync("data-visited", "true");
        Assert.True(await instanceCanvas.Locator(".react-flow__edge.taken").CountAsync() >= 11);
        await session.ShotAsync("path-highlighted");

        await session.GoToAsync("instances");
        await page.GetByTestId("instances-filter-key").FillAsync("SR-STORY");
        await page.GetByTestId("instances-search-submit").ClickAsync();
        await Expect(page.GetByTestId("instances-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId($"instance-row-{id}")).ToBeVisibleAsync();

        // The dashboard charts the district's figures, and the whole studio switches language.
        await session.GoToAsync("dashboard");
        await Expect(page.GetByTestId("chart-rates")).ToHaveAttributeAsync("data-points", new Regex("^[1-9]"));
        await session.ShotAsync("dashboard");
        await page.Locator("button.lang").ClickAsync();
        await Expect(page.GetByTestId("chart-rates").Locator("figcaption")).ToHaveTextAsync("Request figures");
        await Expect(page.Locator("nav[aria-label=main]")).ToContainTextAsync("Designer");
        await session.ShotAsync("dashboard-in-english");
        await page.Locator("button.lang").ClickAsync();
        await Expect(page.Locator("nav[aria-label=main]")).ToContainTextAsync("流程设计");
    }

    /// <summary>Drags from an outcome handle to the target node's input handle, as a person connects them.</summary>
    private static async Task ConnectAsync(IPage page, string handleTestId, string targetId)
    {
        var from = (await page.GetByTestId(handleTestId).BoundingBoxAsync())!;
        var to = (await page.Locator($"[data-testid=designer-canvas] [data-testid=node-{targetId}] .in-handle").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2 - 20, new() { Steps = 8 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + to.Height / 2, new() { Steps = 4 });
        await page.Mouse.UpAsync();
    }
}
