using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NatoAspire.Identity.Tests.Passkeys;

/// <summary>
/// A passkey authenticator in software, as a browser and a platform authenticator together would answer: one ES256
/// key, attestation "none", a signature counter that counts. It builds the authenticator data (rpIdHash, flags,
/// counter, attested credential), the client data and the signature by hand, from the options the server sent.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    const byte UserPresent = 0x01;
    const byte UserVerified = 0x04;
    const byte AttestedCredentialData = 0x40;

    readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);

    /// <summary>The user handle the server gave at registration, kept with the credential as a real authenticator does.</summary>
    public byte[]? UserHandle { get; private set; }

    /// <summary>The counter the next assertion carries; tests may set it back to replay an older one.</summary>
    public uint Counter { get; set; }

    /// <summary>False for an authenticator that keeps its counter at 0, as most synced passkeys do.</summary>
    public bool Counts { get; set; } = true;

    public string Origin { get; set; } = Support.IdentityApp.PortalOrigin;

    /// <summary>The JSON of <c>navigator.credentials.create</c>'s answer to <paramref name="options"/>.</summary>
    public JsonObject Create(JsonElement options)
    {
        var rpId = options.GetProperty("rp").GetProperty("id").GetString()!;
        UserHandle = Base64Url.DecodeFromChars(options.GetProperty("user").GetProperty("id").GetString()!);
        var clientData = ClientData("webauthn.create", options.GetProperty("challenge").GetString()!);

        var parameters = key.ExportParameters(false);
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1); cose.WriteInt32(2); // kty: EC2
        cose.WriteInt32(3); cose.WriteInt32(-7); // alg: ES256
        cose.WriteInt32(-1); cose.WriteInt32(1); // crv: P-256
        cose.WriteInt32(-2); cose.WriteByteString(parameters.Q.X!);
        cose.WriteInt32(-3); cose.WriteByteString(parameters.Q.Y!);
        cose.WriteEndMap();

        var attested = new List<byte>();
        attested.AddRange(new byte[16]); // AAGUID: none
        attested.Add((byte)(CredentialId.Length >> 8));
        attested.Add((byte)CredentialId.Length);
        attested.AddRange(CredentialId);
        attested.AddRange(cose.Encode());
        var authenticatorData = AuthenticatorData(rpId, UserPresent | UserVerified | AttestedCredentialData, [.. attested]);

        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt"); attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt"); attestation.WriteStartMap(0); attestation.WriteEndMap();
        attestation.WriteTextString("authData"); attestation.WriteByteString(authenticatorData);
        attestation.WriteEndMap();

        return Credential(new JsonObject
        {
            ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>The JSON of <c>navigator.credentials.get</c>'s answer to <paramref name="options"/>; the counter moves on first.</summary>
    public JsonObject Get(JsonElement options, string? rpId = null)
    {
        if (Counts) Counter++;
        var clientData = ClientData("webauthn.get", options.GetProperty("challenge").GetString()!);
        var authenticatorData = AuthenticatorData(rpId ?? options.GetProperty("rpId").GetString()!, UserPresent | UserVerified, []);
        var signature = key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256,
            DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(UserHandle ?? throw new InvalidOperationException("Register the authenticator first.")),
        });
    }

    byte[] ClientData(string type, string challenge) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["type"] = type,
        ["challenge"] = challenge,
        ["origin"] = Origin,
        ["crossOrigin"] = false,
    }));

    byte[] AuthenticatorData(string rpId, int flags, byte[] attested)
    {
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, Counter);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), (byte)flags, .. counter, .. attested];
    }

    JsonObject Credential(JsonObject response) => new()
    {
        ["id"] = Base64Url.EncodeToString(CredentialId),
        ["rawId"] = Base64Url.EncodeToString(CredentialId),
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new JsonObject(),
    };

    public void Dispose() => key.Dispose();
}
