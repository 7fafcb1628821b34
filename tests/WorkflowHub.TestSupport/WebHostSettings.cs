using Microsoft.AspNetCore.Hosting;

namespace WorkflowHub.TestSupport;

public static class WebHostSettings
{
    public static IWebHostBuilder UseSettings(this IWebHostBuilder builder, IEnumerable<KeyValuePair<string, string>> settings)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        return builder;
    }
}
