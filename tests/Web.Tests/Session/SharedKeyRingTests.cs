using System.Net;
using NatoAspire.TestSupport;
using NatoAspire.Web.KeyRing;
using NatoAspire.Web.Tests.Support;
using StackExchange.Redis;

namespace NatoAspire.Web.Tests.Session;

/// <summary>The key ring behind session cookies, antiforgery and TempData: one for every replica, in Redis, encrypted.</summary>
public sealed class SharedKeyRingTests
{
    const string Email = "ana@example.org";

    [Fact]
    public async Task A_session_started_on_one_replica_is_recognised_by_another()
    {
        using var first = new PortalFactory();
        using var second = new PortalFactory();
        first.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        second.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        second.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");
        using var login = await Forms.PostAsync(first.Browser(), "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nato_session=", StringComparison.Ordinal));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var account = await second.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Ana Silva", await account.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_keys_live_in_Redis_encrypted_with_the_configured_certificate()
    {
        using var portal = new PortalFactory();
        await portal.Browser().GetStringAsync("/account/login"); // the antiforgery token needs a key

        await using var redis = await ConnectionMultiplexer.ConnectAsync(SharedServers.RedisConnectionString);
        var keys = await redis.GetDatabase().ListRangeAsync(SharedKeyRing.RedisKey);

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("<encryptedSecret", key.ToString());
            Assert.Contains("EncryptedXml", key.ToString());
            Assert.DoesNotContain("<masterKey", key.ToString());
        });
    }

    [Fact]
    public void The_development_certificate_is_refused_outside_Development()
    {
        var settings = Path.Combine(RepositoryRoot.Find(), "services", "Web", "appsettings.Development.json");
        var development = System.Text.Json.JsonDocument.Parse(File.ReadAllText(settings))
            .RootElement.GetProperty("DataProtection").GetProperty("Certificate").GetString()!;
        using var portal = new PortalFactory(new Dictionary<string, string> { ["DataProtection:Certificate"] = development });

        var refusal = Assert.ThrowsAny<Exception>(() => portal.Server);

        Assert.Contains("is the development certificate", InnermostMessage(refusal));
    }

    [Fact]
    public void Without_a_certificate_the_web_refuses_to_start()
    {
        using var portal = new PortalFactory(new Dictionary<string, string> { ["DataProtection:Certificate"] = "" });

        var refusal = Assert.ThrowsAny<Exception>(() => portal.Server);

        Assert.Contains("DataProtection:Certificate must be set", InnermostMessage(refusal));
    }

    [Fact]
    public async Task After_a_certificate_change_the_keys_it_encrypted_still_open_with_the_previous_one()
    {
        var previous = SharedServers.KeyRingCertificate;
        var next = SharedServers.NewKeyRingCertificate("CN=NatoAspire next test key ring");
        using var before = new PortalFactory();
        await before.Browser().GetStringAsync("/account/login");
        using var after = new PortalFactory(new Dictionary<string, string>
        {
            ["DataProtection:Certificate"] = next,
            ["DataProtection:PreviousCertificates:0"] = previous,
        });
        before.Apis.OnJson(HttpMethod.Post, "/api/account/login", HttpStatusCode.OK, Tokens.LoginAnswer(Email));
        using var login = await Forms.PostAsync(before.Browser(), "/account/login", new Dictionary<string, string> { ["Email"] = Email, ["Password"] = "Correct-Horse-9" });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("nato_session=", StringComparison.Ordinal));

        after.Apis.OnJson(HttpMethod.Get, "/api/account/me", HttpStatusCode.OK,
            """{"email":"ana@example.org","firstName":"Ana","lastName":"Silva","organisation":null,"emailVerified":true,"roles":[],"createdAt":"2026-01-02T00:00:00Z"}""");
        after.Apis.OnJson(HttpMethod.Get, "/api/newsletter/subscription", HttpStatusCode.OK, """{"subscribed":false}""");
        using var account = new HttpRequestMessage(HttpMethod.Get, "/account");
        account.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var answer = await after.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(account);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    static string InnermostMessage(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception.Message;
    }
}
