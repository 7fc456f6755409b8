namespace NatoAspire.DownloadBenchmark;

/// <summary>Where the repository and the built services and gateway are.</summary>
static class Repository
{
#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();

    public static string MediaCatalogDll => Built("services/MediaCatalog", "NatoAspire.MediaCatalog.dll");

    public static string GatewayDll => Built("gateway", "NatoAspire.Gateway.dll");

    public static string WebDll => Built("services/Web", "NatoAspire.Web.dll");

    public static string ConfigurationName => Configuration;

    static string Built(string project, string dll)
    {
        var path = Path.Combine(Root, project, "bin", Configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build first: {path} is missing.");
    }

    static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NatoAspire.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
