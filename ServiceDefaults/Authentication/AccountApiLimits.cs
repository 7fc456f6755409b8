namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Limits of identity's account API that the gateway enforces too. Identity refuses a larger body with 413
/// without reading it, which leaves the unread bytes on the gateway's pooled connection; so the gateway
/// refuses it first, at the same number, and the two cannot drift.
/// </summary>
public static class AccountApiLimits
{
    /// <summary>The largest request body an account endpoint accepts: 16 KiB. Every account request is small.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;
}
