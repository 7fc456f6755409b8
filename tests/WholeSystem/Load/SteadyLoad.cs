using System.Net.Http.Json;
using System.Text.Json;

namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// A steady, bounded load through the gateway, a few loops side by side: registrations taken through verification
/// (and for half of them the newsletter), logins, catalogue reads and ranged downloads. Bounded so that the machine
/// keeps the CPU to recover from each fault: about five calls a second in all.
/// </summary>
public sealed class SteadyLoad : IAsyncDisposable
{
    readonly CancellationTokenSource stopping = new();
    readonly MailWatch mail;
    readonly List<Task> loops;

    SteadyLoad(SystemFixture system, string name, string downloader, IReadOnlyList<string> videoIds, IReadOnlyList<CatalogueFile> files)
    {
        mail = new MailWatch(system.Mailbox);
        var calls = new LoadCalls(system.Gateway, Log);
        loops =
        [
            Task.Run(() => new RegistrationFlow(calls, Items, mail, name).RunAsync(stopping.Token)),
            Task.Run(() => new LoginLoop(calls, Items).RunAsync(stopping.Token)),
            Task.Run(() => new CatalogueLoop(calls, videoIds).RunAsync(stopping.Token)),
            Task.Run(() => new DownloadLoop(calls, Items, downloader, files).RunAsync(stopping.Token)),
        ];
    }

    public RequestLog Log { get; } = new();
    public LoadItems Items { get; } = new();

    /// <summary>
    /// Starts the load once it has what it reads: the catalogue's files and a verified account to download with.
    /// <paramref name="name"/> begins every address the load registers, so that a run's accounts are told apart.
    /// </summary>
    public static async Task<SteadyLoad> StartAsync(SystemFixture system, string name)
    {
        var page = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/media/videos?pageSize=100");
        var videoIds = page.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToList();
        var files = new List<CatalogueFile>();
        foreach (var id in videoIds)
            files.AddRange(CatalogueFile.Of(await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/media/videos/{id}")));
        var downloader = await WholeSystem.Accounts.CreateVerifiedAsync(system, $"{name}-downloader");
        return new SteadyLoad(system, name, downloader, videoIds, files);
    }

    /// <summary>Stops starting calls, lets those in flight finish, and waits for every registration's follow-through.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(loops);
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested) await StopAsync();
        await mail.DisposeAsync();
        stopping.Dispose();
    }
}
