using Microsoft.AspNetCore.Http.Features;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>
/// Serves a file through ASP.NET Core's own range and conditional handling, sending its bytes through a
/// <see cref="FileSendingBody"/> that counts them, and records the download once the response is over
/// (for 200 and 206 only).
/// </summary>
public sealed class CountedDownloadResult(IResult file, DownloadReceipt receipt) : IResult
{
    public async Task ExecuteAsync(HttpContext http)
    {
        var original = http.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var body = new FileSendingBody(original);
        http.Features.Set<IHttpResponseBodyFeature>(body);
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
                var partial = status == StatusCodes.Status206PartialContent || body.BytesSent < (http.Response.ContentLength ?? 0);
                var recorder = http.RequestServices.GetRequiredService<DownloadRecorder>();
                await recorder.RecordAsync(receipt, body.BytesSent, partial);
            }
        }
    }
}
