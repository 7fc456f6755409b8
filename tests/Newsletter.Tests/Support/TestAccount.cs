using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>An account as identity's access token describes it; every test makes its own.</summary>
public sealed record TestAccount(Guid Id, string Email, bool EmailVerified, bool Admin)
{
    public static TestAccount Verified() => New(verified: true);

    public static TestAccount Unverified() => New(verified: false);

    public static TestAccount Administrator() => New(verified: true) with { Admin = true };

    public string AccessToken(StandInIdentity identity, Microsoft.IdentityModel.Tokens.SecurityKey? signingKey = null) =>
        identity.Mint(Id, EmailVerified, Admin, Email, signingKey);

    static TestAccount New(bool verified)
    {
        var id = Guid.NewGuid();
        return new(id, $"reader-{id:N}@nato.test", verified, Admin: false);
    }
}
