using Microsoft.Playwright;

namespace WorkflowHub.Studio.Tests.Support;

/// <summary>
/// Saves a numbered screenshot per step under <c>TestResults/studio/&lt;test&gt;/</c> next to the test project
/// (or below <c>STUDIO_SCREENSHOTS</c>), kept as the run's artefacts.
/// </summary>
public sealed class Screenshots(IPage page, string test)
{
    private int _step;

    public static string Root =>
        Environment.GetEnvironmentVariable("STUDIO_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(ProjectFolder(), "TestResults", "studio");

    public string Folder { get; } = Path.Combine(Root, test);

    public async Task<string> TakeAsync(string step)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{++_step:D2}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    private static string ProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowHub.Studio.Tests.csproj"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
