namespace NatoAspire.TestSupport;

public static class RepositoryRoot
{
    /// <summary>
    /// The folder holding <c>.config/dotnet-tools.json</c>: <c>dotnet tool run</c> only finds the local tools
    /// (smtp4dev) when started in or below it.
    /// </summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json"))) return folder.FullName;
        }
        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds .config/dotnet-tools.json, the tool manifest smtp4dev is run from.");
    }
}
