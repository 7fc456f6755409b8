namespace NatoAspire.AppHost.Infrastructure;

/// <summary>
/// Where local servers and media files keep their data: Infrastructure:DataPath, by default the
/// git-ignored .data/ folder at the repository root, so that a restart keeps accounts and files.
/// </summary>
static class DataFolders
{
    public static string Root(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration["Infrastructure:DataPath"]
            ?? Path.Combine(RepositoryRoot(builder), ".data"));

    public static string Media(IDistributedApplicationBuilder builder) => Path.Combine(Root(builder), "media");

    public static string RepositoryRoot(IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
}
