using System.Net;
using Microsoft.AspNetCore.Hosting;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>Whatever arrives, the answer is a 4xx problem, never a 5xx.</summary>
[Collection(IdentityCollection.Name)]
public sealed class BadInputTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    public static TheoryData<string> Paths =>
        ["register", "verify", "resend-code", "login", "refresh", "password/forgot", "password/verify-code", "password/reset"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Malformed_json_is_a_400_problem(string path) =>
        await Problem.ReadAsync(await client.PostRawAsync(path, """{"email": "ada@example.org", """), HttpStatusCode.BadRequest);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Wrong_types_are_a_400_problem(string path) =>
        await Problem.ReadAsync(await client.PostRawAsync(path,
            """{"email": 42, "password": [], "code": 123456, "refreshToken": {}, "resetToken": true, "newPassword": 1}"""), HttpStatusCode.BadRequest);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task An_empty_body_is_a_400_problem(string path) =>
        await Problem.ReadAsync(await client.PostRawAsync(path, ""), HttpStatusCode.BadRequest);

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_body_over_16_KiB_is_a_413_problem(string path) =>
        await Problem.ReadAsync(await client.PostRawAsync(path, $$"""{"email": "{{new string('a', 20_000)}}@example.org"}"""),
            HttpStatusCode.RequestEntityTooLarge);

    [Fact]
    public async Task A_body_over_16_KiB_without_a_declared_length_is_a_413_problem()
    {
        var json = System.Text.Encoding.UTF8.GetBytes($$"""{"email": "{{new string('a', 20_000)}}@example.org"}""");
        var content = new UndeclaredLengthContent(json);
        content.Headers.ContentType = new("application/json");

        var response = await client.Http.PostAsync("/api/account/password/forgot", content);

        Assert.Equal("payload_too_large", (await Problem.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge)).Code);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_4xx_problem()
    {
        var response = await client.PostRawAsync("register", "email=ada@example.org", "application/x-www-form-urlencoded");

        await Problem.ReadAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_errors()
    {
        var problem = await Problem.ReadAsync(await client.PostRawAsync("register", "{}"), HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["email", "firstName", "lastName", "password"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task Every_unmet_password_rule_is_its_own_message()
    {
        var response = await client.PostAsync("register", new { email = NewEmail(), password = "short", firstName = "Ada", lastName = "Lovelace" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["password"], problem.Errors.Keys);
        Assert.Equal(4, problem.Errors["password"].Length); // length, upper-case, number, symbol
    }

    [Fact]
    public async Task Control_characters_and_absurd_lengths_in_names_are_refused()
    {
        var response = await client.PostAsync("register", new
        {
            email = NewEmail(),
            password = Password,
            firstName = "Ada\u0000",
            lastName = new string('x', 5000),
            organisation = "NATO\u202e",
        });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["firstName", "lastName", "organisation"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task An_overlong_email_is_a_validation_error()
    {
        var response = await client.PostAsync("resend-code", new { email = new string('a', 5000) + "@example.org" });

        Assert.True((await Problem.ReadAsync(response, HttpStatusCode.BadRequest)).Errors.ContainsKey("email"));
    }

    [Fact]
    public async Task Policy_errors_on_reset_are_under_newPassword()
    {
        var response = await client.PostAsync("password/reset", new { resetToken = "whatever", newPassword = "password" });

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("newPassword", problem.Errors.Keys);
        Assert.DoesNotContain("password", problem.Errors.Keys);
    }

    [Fact]
    public async Task Garbage_refresh_and_reset_tokens_are_refused_cleanly()
    {
        Assert.Equal("invalid_refresh_token",
            (await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = "not-a-token" }), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("invalid_reset_token",
            (await Problem.ReadAsync(await client.PostAsync("password/reset", new { resetToken = new string('A', 43), newPassword = Password }), HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Unknown_members_are_ignored()
    {
        var response = await client.PostAsync("resend-code", new { email = NewEmail(), extra = new { nested = true } });

        Expect(HttpStatusCode.Accepted, response);
    }

    [Fact]
    public async Task A_huge_password_at_login_is_refused_without_hashing_it()
    {
        var response = await client.LoginAsync(NewEmail(), "Aa1!" + new string('x', 10_000));

        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(response, HttpStatusCode.Unauthorized)).Code);
    }
}

/// <summary>Outside Development the framework does not throw on bad input; the answers must still be problems.</summary>
[Collection(IdentityCollection.Name)]
public sealed class BadInputInProductionTests(IdentityHost host)
{
    [Fact]
    public async Task Malformed_json_wrong_types_empty_and_oversized_bodies_are_4xx_problems_in_Production()
    {
        await using var production = host.App.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var client = new AccountClient(production.CreateClient(), host.App);

        await Problem.ReadAsync(await client.PostRawAsync("register", """{"email": """), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await client.PostRawAsync("login", """{"email": 42}"""), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await client.PostRawAsync("verify", ""), HttpStatusCode.BadRequest);
        await Problem.ReadAsync(await client.PostRawAsync("refresh", $$"""{"refreshToken": "{{new string('a', 20_000)}}"}"""), HttpStatusCode.RequestEntityTooLarge);
        await Problem.ReadAsync(await client.GetAsync("me"), HttpStatusCode.Unauthorized);
    }
}

/// <summary>A body whose length is not declared up front, so it goes out chunked.</summary>
sealed class UndeclaredLengthContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
