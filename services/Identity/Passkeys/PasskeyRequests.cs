using System.Text.Json;
using Fido2NetLib;
using NatoAspire.Identity.Validation;

namespace NatoAspire.Identity.Passkeys;

/// <param name="Credential">The browser's <c>PublicKeyCredential</c> from <c>navigator.credentials.create</c>, in its JSON form (<c>toJSON()</c>, binary fields base64url).</param>
/// <param name="Name">Optional: what the account page calls this passkey (at most 64 characters).</param>
public sealed record PasskeyRegistrationRequest(JsonElement? Credential, string? Name = null)
{
    public ValidationErrors Validate(out AuthenticatorAttestationRawResponse? attestation)
    {
        var errors = new ValidationErrors().Add("name", PasskeyRequests.NameProblem(Name));
        attestation = PasskeyRequests.Parse<AuthenticatorAttestationRawResponse>(Credential, errors);
        if (attestation is not null && (attestation.Response?.AttestationObject is null || attestation.Response.ClientDataJson is null))
            errors.Add("credential", PasskeyRequests.NotACredential);
        return errors;
    }
}

/// <param name="Email">Optional and never used to shape the answer: every address gets the same options (see README, "Passkeys").</param>
public sealed record PasskeyLoginOptionsRequest(string? Email = null)
{
    public ValidationErrors Validate() => new ValidationErrors().Add("email", Email is null ? null : EmailAddress.Problem(Email));
}

/// <param name="Credential">The browser's <c>PublicKeyCredential</c> from <c>navigator.credentials.get</c>, in its JSON form.</param>
/// <param name="DeviceToken">Optional: the <c>deviceToken</c> of an earlier sign-in, as for a password login.</param>
public sealed record PasskeyLoginRequest(JsonElement? Credential, string? DeviceToken = null)
{
    public ValidationErrors Validate(out AuthenticatorAssertionRawResponse? assertion)
    {
        var errors = new ValidationErrors()
            .Add("deviceToken", DeviceToken?.Length > Login.DeviceTokens.MaximumLength ? "The device token is too long." : null);
        assertion = PasskeyRequests.Parse<AuthenticatorAssertionRawResponse>(Credential, errors);
        if (assertion is not null && (assertion.RawId is not { Length: > 0 } || assertion.Response?.ClientDataJson is null
            || assertion.Response.AuthenticatorData is null || assertion.Response.Signature is null))
            errors.Add("credential", PasskeyRequests.NotACredential);
        return errors;
    }
}

public static class PasskeyRequests
{
    public const int MaxNameLength = 64;

    /// <summary>WebAuthn caps a credential id at 1023 bytes (§5.8.3); anything longer is not a credential.</summary>
    public const int MaxCredentialIdBytes = 1023;

    public const string NotACredential = "This is not a WebAuthn credential.";

    public static string? NameProblem(string? name) => name switch
    {
        null => null,
        { Length: > MaxNameLength } => $"A passkey name has at most {MaxNameLength} characters.",
        _ when name.Any(char.IsControl) => "A passkey name cannot contain control characters.",
        _ => null,
    };

    /// <summary>Fido2's own types read the credential (their properties name the JSON members and decode base64url).</summary>
    public static T? Parse<T>(JsonElement? credential, ValidationErrors errors) where T : class
    {
        if (credential is not { ValueKind: JsonValueKind.Object } json)
        {
            errors.Add("credential", "A credential is required.");
            return null;
        }

        try
        {
            return json.Deserialize<T>() ?? throw new JsonException();
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            errors.Add("credential", NotACredential);
            return null;
        }
    }
}
