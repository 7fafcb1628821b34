using Microsoft.Playwright;

namespace WorkflowHub.Studio.Tests.Support;

/// <summary>
/// One server and one browser for every studio test (starting them is most of a test's cost on two cores);
/// each test gets its own browser context, so cookies and language choices do not leak between tests.
/// </summary>
public sealed class StudioFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _demoLock = new(1, 1);
    private bool _demoSeeded;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public StudioServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new StudioServer();
        (_playwright, _browser) = await StudioBrowser.LaunchAsync();
    }

    /// <summary>Seeds the small demo district once for all tests that need org units, staff and governance figures.</summary>
    public async Task EnsureDemoAsync()
    {
        await _demoLock.WaitAsync();
        try
        {
            if (_demoSeeded) return;
            await Server.SeedDemoAsync();
            // The district's dashboard is a district officer's view: whistle and pledge counts are scoped to such roles,
            // which the first admin (workflow-admin only) does not hold until given one, as a real district would.
            await Server.AdminDataAsync("mutation { assignRole(personId: \"admin\", role: \"district-officer\", orgUnitId: \"district\") { role } }");
            _demoSeeded = true;
        }
        finally
        {
            _demoLock.Release();
        }
    }

    /// <summary>A fresh page on the studio's start page, not signed in.</summary>
    public async Task<StudioSession> OpenAsync(string test)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new StudioSession(context, page, new Screenshots(page, test));
        await page.GotoAsync("/studio/");
        return session;
    }

    /// <summary>A fresh page signed in as the admin through the studio's sign-in form.</summary>
    public async Task<StudioSession> SignInAsAdminAsync(string test)
    {
        var session = await OpenAsync(test);
        await session.SignInAsync(StudioServer.AdminUser, StudioServer.AdminPassword);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StudioCollection : ICollectionFixture<StudioFixture>
{
    public const string Name = "studio";
}
