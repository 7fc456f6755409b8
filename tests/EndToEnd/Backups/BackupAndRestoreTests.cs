using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using NatoAspire.LocalServers;

namespace NatoAspire.EndToEnd.Backups;

/// <summary>
/// <c>./run.sh backup</c> of the running system and <c>./run.sh restore</c> of it into a fresh data folder elsewhere, as the
/// README's "Restarts, stops, backups" promises. Each test writes its own backup: a backup of this small system takes
/// about a second.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BackupAndRestoreTests(SystemFixture system) : IDisposable
{
    readonly string scratch = Path.Combine(Path.GetTempPath(), $"natoaspire-backup-{Guid.NewGuid():N}");

    string Backup => Path.Combine(scratch, "backup");

    string Restored => Path.Combine(scratch, "restored");

    [Fact]
    public async Task An_account_made_before_a_backup_of_the_running_system_logs_in_where_the_backup_is_restored()
    {
        var email = await Accounts.CreateVerifiedAsync(system, "backup");
        await BackUpAsync();
        await RestoreAsync();

        await using var identity = await RestoredIdentity.StartAsync(system.App, Restored);
        var accounts = new AccountClient(identity.Client);
        var token = await accounts.AccessTokenAsync(email, Accounts.Password);
        using var me = await accounts.MeAsync(token);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("email").GetString());
        using var wrongPassword = await accounts.LoginAsync(email, "Not-the-Passw0rd#2026");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
    }

    [Fact]
    public async Task The_restored_media_files_are_the_ones_the_manifest_lists_and_the_catalogue_describes()
    {
        await BackUpAsync();
        await RestoreAsync();

        var listed = ReadChecksums(Path.Combine(Backup, "media.sha256"));
        Assert.NotEmpty(listed);
        Assert.Equal(MediaFiles(system.DataPath).Order(), listed.Keys.Order());
        var restored = MediaFiles(Restored).ToDictionary(path => path, path => Sha256(Path.Combine(Restored, path)));
        Assert.Equal(listed.OrderBy(f => f.Key), restored.OrderBy(f => f.Key));

        // Every file the catalogue offers came back byte for byte.
        var page = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/media/videos?pageSize=100");
        foreach (var video in page.GetProperty("items").EnumerateArray())
        {
            var detail = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/media/videos/{video.GetProperty("id").GetString()}");
            foreach (var file in detail.GetProperty("files").EnumerateArray())
                Assert.Contains(file.GetProperty("sha256").GetString(), restored.Values);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_data_folder_that_already_holds_a_cluster_and_leaves_it_as_it_was()
    {
        await BackUpAsync();
        var cluster = Path.Combine(Restored, "postgres");
        Directory.CreateDirectory(Restored);
        var initDb = await CommandRunner.RunAsync(ServerCommands.PostgresInitDb(cluster));
        Assert.True(initDb.ExitCode == 0, initDb.Output);
        var mediaFile = Path.Combine(Restored, "media", "kept.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(mediaFile)!);
        await File.WriteAllTextAsync(mediaFile, "a file of the folder's own");
        var before = FolderListing(Restored);

        var refused = await BackupCommands.RestoreAsync(Restored, Backup);

        Assert.True(refused.ExitCode != 0, refused.Output);
        Assert.Contains("already holds a cluster", refused.Output);
        Assert.Equal(before, FolderListing(Restored));
        Assert.Equal("a file of the folder's own", await File.ReadAllTextAsync(mediaFile));
    }

    [Theory]
    [InlineData("identitydb.dump")]
    [InlineData("media.tar")]
    public async Task Restore_refuses_a_backup_with_a_file_that_does_not_match_its_manifest(string file)
    {
        await BackUpAsync();
        await using (var stream = new FileStream(Path.Combine(Backup, file), FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = stream.Length / 2;
            var original = stream.ReadByte();
            stream.Position--;
            stream.WriteByte((byte)~original);
        }

        var refused = await BackupCommands.RestoreAsync(Restored, Backup);

        Assert.True(refused.ExitCode != 0, refused.Output);
        Assert.Contains("does not match its MANIFEST.sha256", refused.Output);
        Assert.False(Directory.Exists(Restored), "A refused restore wrote into the data folder.");
    }

    public void Dispose()
    {
        try { Directory.Delete(scratch, recursive: true); }
        catch (DirectoryNotFoundException) { /* the test failed before it wrote anything */ }
        catch (IOException) { /* a server may still be letting go of its files; the folder is in /tmp */ }
    }

    async Task BackUpAsync()
    {
        var backup = await BackupCommands.BackupAsync(system.DataPath, Backup);
        Assert.True(backup.ExitCode == 0, backup.Output);
    }

    async Task RestoreAsync()
    {
        var restore = await BackupCommands.RestoreAsync(Restored, Backup);
        Assert.True(restore.ExitCode == 0, restore.Output);
    }

    /// <summary>A sha256sum list: the checksum, two spaces, the path.</summary>
    static Dictionary<string, string> ReadChecksums(string path) =>
        File.ReadLines(path).Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0]);

    /// <summary>The media files under a data folder, by their path from it; one still being uploaded is not one yet.</summary>
    static IEnumerable<string> MediaFiles(string dataPath) =>
        Directory.EnumerateFiles(Path.Combine(dataPath, "media"), "*", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".partial", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(dataPath, path));

    static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    static List<string> FolderListing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
