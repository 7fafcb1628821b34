using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests.Support;

/// <summary>Steps several studio tests share, done through the studio's own pages.</summary>
public static class StudioSteps
{
    /// <summary>Starts a <c>service-request</c> from the instances page's start form and returns the new instance's id.</summary>
    public static async Task<string> StartServiceRequestAsync(StudioSession session, string title, string businessKey, string grid = "street-1-c1-g1")
    {
        var page = session.Page;
        await session.GoToAsync("instances");
        await page.GetByTestId("instances-start").ClickAsync();
        await page.GetByTestId("start-definition").SelectOptionAsync("service-request");
        await page.GetByTestId("start-input-title").FillAsync(title);
        await page.GetByTestId("start-input-category").FillAsync("general");
        await page.GetByTestId("start-input-orgUnitId").FillAsync(grid);
        await page.GetByTestId("start-business-key").FillAsync(businessKey);
        await session.ShotAsync("start-form");
        await page.GetByTestId("start-submit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/studio/instances/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("instance-detail")).ToBeVisibleAsync();
        return page.Url.Split('/').Last();
    }

    /// <summary>The task of an activity in the inbox, once it is there.</summary>
    public static async Task<ILocator> TaskAsync(IPage page, string activityId)
    {
        var task = page.Locator($"[data-testid^='task-'][data-activity='{activityId}']");
        await Expect(task).ToBeVisibleAsync();
        return task;
    }

    /// <summary>
    /// In the inbox of one instance: claims and completes sign-for, contact, handling, the result report, then the
    /// optional review step, and rates the result as the resident would (satisfied, resolved).
    /// </summary>
    public static async Task WalkServiceRequestTasksAsync(StudioSession session, string instanceId, string? reviewActivity = null)
    {
        var page = session.Page;
        await page.WaitForURLAsync($"**/studio/tasks/{instanceId}");

        var signFor = await TaskAsync(page, "signFor");
        await signFor.GetByTestId("task-claim").ClickAsync();
        await Expect(signFor).ToContainTextAsync(StudioServer.AdminUser);
        await session.ShotAsync("inbox-sign-for-claimed");
        await signFor.GetByTestId("task-outcome-SignedFor").ClickAsync();

        var contact = await TaskAsync(page, "contact");
        await contact.GetByTestId("task-outcome-Contacted").ClickAsync();
        await Expect(contact.GetByTestId("task-error")).ToBeVisibleAsync(); // the contact method is required
        await contact.GetByTestId("task-field-method").SelectOptionAsync("phone");
        await contact.GetByTestId("task-field-note").FillAsync("Called the resident at 10:00");
        await session.ShotAsync("inbox-contact-form");
        await contact.GetByTestId("task-outcome-Contacted").ClickAsync();

        var handle = await TaskAsync(page, "handle");
        await handle.GetByTestId("task-field-result").FillAsync("Replaced the lamp");
        await handle.GetByTestId("task-outcome-Resolved").ClickAsync();

        var report = await TaskAsync(page, "reportResult");
        await report.GetByTestId("task-field-summary").FillAsync("Lamp replaced and tested");
        await session.ShotAsync("inbox-report-result");
        await report.GetByTestId("task-outcome-Reported").ClickAsync();

        if (reviewActivity is not null)
        {
            var review = await TaskAsync(page, reviewActivity);
            await session.ShotAsync("inbox-supervisor-review");
            await review.Locator("[data-testid^='task-outcome-']").First.ClickAsync();
        }

        var rate = await TaskAsync(page, "rate");
        await rate.GetByTestId("task-field-resolved").CheckAsync();
        await session.ShotAsync("inbox-rating");
        await rate.GetByTestId("task-outcome-Satisfied").ClickAsync();
        await Expect(page.GetByTestId("tasks-empty")).ToBeVisibleAsync();
        await session.ShotAsync("inbox-empty");
    }
}
