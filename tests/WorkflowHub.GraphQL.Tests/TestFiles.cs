namespace WorkflowHub.GraphQL.Tests;

internal static class TestFiles
{
    public static string Read(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, .. relativePath]));
}
