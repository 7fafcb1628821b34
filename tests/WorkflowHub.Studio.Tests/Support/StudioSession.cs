using Microsoft.Playwright;

namespace WorkflowHub.Studio.Tests.Support;

/// <summary>One browser context and its page, with the test's screenshots.</summary>
public sealed class StudioSession(IBrowserContext context, IPage page, Screenshots shots) : IAsyncDisposable
{
    public IPage Page { get; } = page;
    public Screenshots Shots { get; } = shots;

    /// <summary>The studio's top menu (shown once signed in).</summary>
    public ILocator Menu => Page.Locator("nav[aria-label=main]");

    public async Task SignInAsync(string userName, string password)
    {
        var form = Page.Locator("form.sign-in");
        await form.Locator("input[name=userName]").FillAsync(userName);
        await form.Locator("input[name=password]").FillAsync(password);
        await form.Locator("button[type=submit]").ClickAsync();
        await Menu.WaitForAsync();
    }

    /// <summary>Goes to a studio route (e.g. <c>tasks</c>) through the menu-less router: a full load of that path.</summary>
    public Task GoToAsync(string route) => Page.GotoAsync("/studio/" + route.TrimStart('/'));

    public Task ShotAsync(string step) => Shots.TakeAsync(step);

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
