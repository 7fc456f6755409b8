using NatoAspire.LocalServers;
using NatoAspire.TestSupport;

namespace NatoAspire.EndToEnd.Backups;

/// <summary>
/// <c>./run.sh backup</c> and <c>./run.sh restore</c>, run as an operator would, on the data folder named the way an
/// operator names one: <c>Infrastructure__DataPath</c>, the AppHost's own setting.
/// </summary>
static class BackupCommands
{
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static Task<CommandResult> BackupAsync(string dataPath, string target) => RunAsync(dataPath, "backup", target);

    public static Task<CommandResult> RestoreAsync(string dataPath, string source) => RunAsync(dataPath, "restore", source);

    static async Task<CommandResult> RunAsync(string dataPath, string command, string folder)
    {
        var repository = RepositoryRoot.Find();
        using var timeout = new CancellationTokenSource(Patience);
        return await CommandRunner.RunAsync(
            new LocalServerCommand("bash", [Path.Combine(repository, "run.sh"), command, folder],
                new Dictionary<string, string> { ["Infrastructure__DataPath"] = dataPath }),
            repository, cancellation: timeout.Token);
    }
}
