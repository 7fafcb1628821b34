using Microsoft.Playwright;
using WorkflowHub.Studio.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace WorkflowHub.Studio.Tests;

[Collection(StudioCollection.Name)]
public sealed class StudioShellTests(StudioFixture studio)
{
    [Fact]
    public async Task Should_sign_in_through_the_form_and_switch_the_menu_between_Chinese_and_English()
    {
        await using var session = await studio.OpenAsync(nameof(Should_sign_in_through_the_form_and_switch_the_menu_between_Chinese_and_English));
        var page = session.Page;
        await Expect(page.Locator("form.sign-in h1")).ToHaveTextAsync("登录");
        await session.ShotAsync("sign-in-form");

        await session.SignInAsync(StudioServer.AdminUser, StudioServer.AdminPassword);
        await Expect(session.Menu).ToContainTextAsync("待办任务");
        await Expect(page.Locator(".who")).ToHaveTextAsync(StudioServer.AdminUser);
        await session.ShotAsync("signed-in-chinese");

        await page.Locator("button.lang").ClickAsync();
        await Expect(session.Menu).ToContainTextAsync("Tasks");
        await Expect(session.Menu).Not.ToContainTextAsync("待办任务");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await session.ShotAsync("english");

        await page.Locator("button.lang").ClickAsync();
        await Expect(session.Menu).ToContainTextAsync("待办任务");
        await Expect(session.Menu).Not.ToContainTextAsync("Tasks");
        await session.ShotAsync("chinese-again");
    }

    [Fact]
    public async Task Should_open_GraphiQL_from_the_menu()
    {
        await using var session = await studio.SignInAsAdminAsync(nameof(Should_open_GraphiQL_from_the_menu));
        var popup = await session.Page.Context.RunAndWaitForPageAsync(() => session.Menu.GetByText("GraphiQL").ClickAsync());
        await popup.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.EndsWith("/graphql", new Uri(popup.Url).AbsolutePath);
        await Expect(popup).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("GraphiQL"));
        await popup.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Shots.Folder, "graphiql.png") });
    }
}
