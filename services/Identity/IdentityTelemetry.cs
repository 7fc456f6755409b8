using System.Diagnostics.Metrics;
using NatoAspire.Identity.Codes;

namespace NatoAspire.Identity;

/// <summary>The service's own meter; ServiceDefaults exports every <c>NatoAspire.*</c> one.</summary>
public sealed class IdentityTelemetry
{
    public const string Name = "NatoAspire.Identity";

    readonly Counter<long> codesIssued;
    readonly Counter<long> verificationsSucceeded;
    readonly Counter<long> verificationsFailed;
    readonly Counter<long> loginsFailed;

    public IdentityTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        codesIssued = meter.CreateCounter<long>("natoaspire.identity.codes_issued", "{code}", "One-time codes sent by email.");
        verificationsSucceeded = meter.CreateCounter<long>("natoaspire.identity.verifications_succeeded", "{verification}", "Codes entered correctly.");
        verificationsFailed = meter.CreateCounter<long>("natoaspire.identity.verifications_failed", "{verification}", "Codes entered wrongly, expired or after too many tries.");
        loginsFailed = meter.CreateCounter<long>("natoaspire.identity.logins_failed", "{login}", "Sign-ins refused.");
    }

    public void CodeIssued(CodePurpose purpose) => codesIssued.Add(1, Purpose(purpose));

    public void VerificationSucceeded(CodePurpose purpose) => verificationsSucceeded.Add(1, Purpose(purpose));

    public void VerificationFailed(CodePurpose purpose, CodeCheck outcome) =>
        verificationsFailed.Add(1, Purpose(purpose), new("outcome", outcome.ToString()));

    /// <param name="reason">invalid_credentials, email_not_verified or rate_limited.</param>
    public void LoginFailed(string reason) => loginsFailed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    static KeyValuePair<string, object?> Purpose(CodePurpose purpose) => new("purpose", purpose.KeySegment());
}
