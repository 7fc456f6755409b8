using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace NatoAspire.Web.KeyRing;

/// <summary>
/// One key ring for every web replica, in Redis (the server every deployment already shares), each key encrypted
/// with <see cref="KeyRingOptions.Certificate"/> before it leaves the process.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "NatoAspire.Web";
    public static readonly RedisKey RedisKey = "natoaspire:web:data-protection-keys";

    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.AddRedisClient("redis");
        var options = builder.Configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var certificate = Load(options.Certificate, $"{KeyRingOptions.Section}:Certificate");
        DevelopmentKeyRingCertificate.RefuseOutsideDevelopment(builder.Environment, certificate.Thumbprint);
        X509Certificate2[] decryptors =
        [
            certificate,
            .. options.PreviousCertificates.Select((previous, i) => Load(previous, $"{KeyRingOptions.Section}:PreviousCertificates:{i}")),
        ];

        // First of all hosted services (they start in the order they were added): data protection's own start-up
        // service loads the ring and would make a key of its own on an empty one, and Razor Pages, antiforgery and
        // cookie authentication each add data protection, so its place in the list depends on who came first.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, FirstKeyUnderLock>());
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(decryptors);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), RedisKey));
        return builder;
    }

    static X509Certificate2 Load(string base64, string setting)
    {
        if (string.IsNullOrWhiteSpace(base64))
            throw new InvalidOperationException($"{setting} must be set: the certificate that encrypts the web's key ring.");
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64), password: null);
            return certificate.GetRSAPrivateKey() is not null
                ? certificate
                : throw new InvalidOperationException($"{setting} must hold an RSA certificate with its private key.");
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            throw new InvalidOperationException($"{setting} is not a base64 PKCS#12 file without a password.", exception);
        }
    }
}
