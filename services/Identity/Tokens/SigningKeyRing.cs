using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Data;

namespace NatoAspire.Identity.Tokens;

/// <summary>
/// The ECDSA P-256 key that signs access tokens. Created once, at first start, and kept in PostgreSQL so that tokens
/// (and other services' cached JWKS) stay valid across restarts and replicas.
/// </summary>
public sealed class SigningKeyRing
{
    public const string Algorithm = SecurityAlgorithms.EcdsaSha256;

    // Serialises the first start of several replicas so that exactly one key is created.
    const long CreationLock = 0x4e41_5449_4b45_5901;

    ECDsaSecurityKey? signingKey;
    ECDsaSecurityKey? publicKey;

    public SigningCredentials Credentials => new(SigningKey, Algorithm);

    public string KeyId => SigningKey.KeyId;

    public IEnumerable<SecurityKey> ValidationKeys => [PublicKey];

    public JsonWebKeySetDocument Jwks
    {
        get
        {
            var parameters = PublicKey.ECDsa.ExportParameters(includePrivateParameters: false);
            return new([new JsonWebKeyDocument("EC", "sig", Algorithm, KeyId, "P-256",
                Base64UrlEncoder.Encode(parameters.Q.X), Base64UrlEncoder.Encode(parameters.Q.Y))]);
        }
    }

    ECDsaSecurityKey SigningKey => signingKey ?? throw NotLoaded();

    ECDsaSecurityKey PublicKey => publicKey ?? throw NotLoaded();

    public async Task LoadOrCreateAsync(IdentityDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var stored = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CreationLock})", cancellationToken);
            var key = await db.SigningKeys.OrderBy(k => k.CreatedAt).FirstOrDefaultAsync(cancellationToken);
            if (key is null)
            {
                key = CreateKey(time);
                db.SigningKeys.Add(key);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return key;
        });
        Use(stored);
    }

    void Use(SigningKey stored)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(stored.PrivateKey, out _);
        var verifier = ECDsa.Create(ecdsa.ExportParameters(includePrivateParameters: false));
        signingKey = new ECDsaSecurityKey(ecdsa) { KeyId = stored.KeyId };
        publicKey = new ECDsaSecurityKey(verifier) { KeyId = stored.KeyId };
    }

    static SigningKey CreateKey(TimeProvider time)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return new SigningKey
        {
            KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12)),
            Algorithm = Algorithm,
            PrivateKey = ecdsa.ExportPkcs8PrivateKey(),
            CreatedAt = time.GetUtcNow(),
        };
    }

    static InvalidOperationException NotLoaded() => new("The signing key has not been loaded yet.");
}

public sealed record JsonWebKeySetDocument(IReadOnlyList<JsonWebKeyDocument> Keys);

public sealed record JsonWebKeyDocument(string Kty, string Use, string Alg, string Kid, string Crv, string X, string Y);
