using Microsoft.AspNetCore.Http.Features;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>
/// Serves a file through ASP.NET Core's own range and conditional handling, counting the bytes that really went
/// out on the way, and records the download once the response is over (for 200 and 206 only).
/// </summary>
public sealed class CountedDownloadResult(IResult file, DownloadReceipt receipt) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var counter = new ByteCountingStream(original.Stream);
        http.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(counter, original));
        try
        {
            await file.ExecuteAsync(http);
        }
        finally
        {
            http.Features.Set(original);
            var status = http.Response.StatusCode;
            if (status is StatusCodes.Status200OK or StatusCodes.Status206PartialContent)
            {
                var partial = status == StatusCodes.Status206PartialContent || counter.BytesWritten < (http.Response.ContentLength ?? 0);
                var recorder = http.RequestServices.GetRequiredService<DownloadRecorder>();
                await recorder.RecordAsync(receipt, counter.BytesWritten, partial);
            }
        }
    }
}
