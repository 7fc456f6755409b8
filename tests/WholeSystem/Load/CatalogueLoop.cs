namespace NatoAspire.WholeSystem.Load;

/// <summary>Reads the catalogue as an anonymous visitor: a search page, then one video's details, in turn.</summary>
public sealed class CatalogueLoop(LoadCalls calls, IReadOnlyList<string> videoIds)
{
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public async Task RunAsync(CancellationToken stopping)
    {
        for (var i = 0; await Pace.WaitAsync(Interval, stopping); i++)
            await calls.ReadCatalogueAsync(i % 2 == 0 ? "/api/media/videos?pageSize=5" : $"/api/media/videos/{videoIds[i / 2 % videoIds.Count]}");
    }
}
