using System.Security.Cryptography;

namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// Downloads the catalogue's files in turn, each in three ranges as a download manager would, and keeps the SHA-256
/// of what the ranges put together for the final check.
/// </summary>
public sealed class DownloadLoop(LoadCalls calls, LoadItems items, string email, IReadOnlyList<CatalogueFile> files)
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    /// <summary>Well inside the access token's 15 minutes.</summary>
    static readonly TimeSpan TokenRenewal = TimeSpan.FromMinutes(5);
    const int Ranges = 3;

    public async Task RunAsync(CancellationToken stopping)
    {
        string? token = null;
        var renewAt = DateTime.MinValue;
        for (var i = 0; await Pace.WaitAsync(Interval, stopping); i++)
        {
            if (token is null || DateTime.UtcNow >= renewAt)
            {
                token = await calls.LoginAsync(email);
                renewAt = DateTime.UtcNow + TokenRenewal;
                if (token is null) continue;
            }
            var file = files[i % files.Count];
            var phase = items.Phase;
            if (await DownloadAsync(file, token) is { } bytes)
                items.Downloads.Enqueue(new Download(file.FileId, file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)), phase));
        }
    }

    async Task<byte[]?> DownloadAsync(CatalogueFile file, string token)
    {
        using var whole = new MemoryStream();
        var size = (file.SizeBytes + Ranges - 1) / Ranges;
        for (long from = 0; from < file.SizeBytes; from += size)
        {
            var to = Math.Min(file.SizeBytes, from + size) - 1;
            if (await calls.DownloadRangeAsync(file.Path, from, to, token) is not { } part) return null;
            whole.Write(part);
        }
        return whole.ToArray();
    }
}
