using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>An account as identity's access token describes it; every test makes its own.</summary>
public sealed record TestAccount(Guid Id, string Email, bool EmailVerified, bool Admin)
{
    /// <summary>The token's <c>locale</c>; null mints a token without one, as before accounts had a language.</summary>
    public string? Language { get; init; }

    public static TestAccount French() => New(verified: true) with { Language = "fr" };

    public static TestAccount Verified() => New(verified: true);

    public static TestAccount Unverified() => New(verified: false);

    public static TestAccount Administrator() => New(verified: true) with { Admin = true };

    public string AccessToken(StandInIdentity identity, Microsoft.IdentityModel.Tokens.SecurityKey? signingKey = null) =>
        identity.Mint(Id, EmailVerified, Admin, Email, signingKey, locale: Language);

    static TestAccount New(bool verified)
    {
        var id = Guid.NewGuid();
        return new(id, $"reader-{id:N}@nato.test", verified, Admin: false);
    }
}
