using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NatoAspire.TestSupport;

namespace NatoAspire.Web.Tests.Support;

/// <summary>What every web replica of a test run shares: Redis and the key ring's certificate.</summary>
static class SharedServers
{
    public static string RedisConnectionString => RedisServer.Shared.ConnectionString;

    /// <summary>The key-ring certificate of this test run; any certificate but the development one works outside Development.</summary>
    public static string KeyRingCertificate { get; } = NewKeyRingCertificate("CN=NatoAspire test key ring");

    public static string NewKeyRingCertificate(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12));
    }
}
