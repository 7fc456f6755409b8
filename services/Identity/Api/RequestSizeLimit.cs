using Microsoft.AspNetCore.Http.Metadata;

namespace NatoAspire.Identity.Api;

/// <summary>Endpoint metadata that routing turns into the server's request body limit (413 beyond it).</summary>
sealed class RequestSizeLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
