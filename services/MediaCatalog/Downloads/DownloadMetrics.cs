using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>The meter NatoAspire.MediaCatalog: downloads and the bytes they served.</summary>
public sealed class DownloadMetrics
{
    public const string MeterName = "NatoAspire.MediaCatalog";

    readonly Counter<long> downloads;
    readonly Counter<long> bytesServed;

    public DownloadMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        downloads = meter.CreateCounter<long>("natoaspire.media.downloads", "{download}", "File downloads answered with 200 or 206.");
        bytesServed = meter.CreateCounter<long>("natoaspire.media.download.bytes", "By", "Bytes of video files sent to clients.");
    }

    public void Record(string label, bool partial, long bytes)
    {
        var tags = new TagList { { "media.file.label", label }, { "media.download.partial", partial } };
        downloads.Add(1, tags);
        bytesServed.Add(bytes, tags);
    }
}
