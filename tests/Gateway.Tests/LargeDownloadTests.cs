using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// Downloads on the media route are relayed in large pieces (read ahead from the service, written behind to the
/// client). The bytes, ranges and failures must come through exactly as the service sent them.
/// </summary>
public sealed class LargeDownloadTests : BackendTests
{
    // Larger than the route's read-ahead buffer (1 MiB) several times over, and not a multiple of it.
    const long FileBytes = 5 * 1024 * 1024 + 123;


    public override Task DisposeAsync()
    {
        Backends["media-catalog"].Release.TrySetResult();
        return base.DisposeAsync();
    }

    [Fact]
    public async Task A_large_download_arrives_whole_and_unchanged()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync($"/api/media/test-files/{FileBytes}", HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FileBytes, response.Content.Headers.ContentLength);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SHA256.HashData(Backend.FileContent(FileBytes)), SHA256.HashData(body));
    }

    [Fact]
    public async Task A_range_across_several_read_ahead_pieces_is_206_with_exactly_those_bytes()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/media/test-files/{FileBytes}");
        request.Headers.Range = new RangeHeaderValue(1_000_001, 3_999_999);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 1000001-3999999/{FileBytes}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(Backend.FileContent(FileBytes).AsSpan(1_000_001, 2_999_999).ToArray(), body);
    }

    [Fact]
    public async Task What_the_service_has_sent_reaches_the_client_while_the_service_is_still_working()
    {
        var media = Backends["media-catalog"];
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync($"/api/media/test-files/{FileBytes}/held", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        // Less than the gateway's flush threshold: it arrives only if the gateway sends on what it holds
        // before it waits for more from the service.
        var first = new byte[Backend.HeldBytes];
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            await body.ReadExactlyAsync(first, patience.Token);

        media.Release.SetResult();
        using var rest = new MemoryStream();
        await body.CopyToAsync(rest);

        byte[] received = [.. first, .. rest.ToArray()];
        Assert.Equal(Backend.FileContent(FileBytes), received);
    }

    [Fact]
    public async Task A_download_the_service_cuts_off_fails_at_the_client_instead_of_ending_short()
    {
        await using var gateway = new GatewayFactory(Backends);
        using var client = gateway.CreateClient();

        var failure = await Record.ExceptionAsync(async () =>
        {
            using var response = await client.GetAsync($"/api/media/test-files/{FileBytes}/cut", HttpCompletionOption.ResponseHeadersRead);
            await response.Content.ReadAsByteArrayAsync();
        });

        Assert.NotNull(failure);
    }
}
