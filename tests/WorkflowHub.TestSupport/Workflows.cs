namespace WorkflowHub.TestSupport;

/// <summary>Finds the repository's workflows/ folder from a test's output folder.</summary>
public static class Workflows
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "workflows");
                if (File.Exists(Path.Combine(dir.FullName, "WorkflowHub.sln")) && Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("workflows/ not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
