using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.Identity.Tokens;

/// <summary>Identity validates its own tokens with the same key it signs them with, by the same clock it issues them.</summary>
sealed class JwtBearerSetup(SigningKeyRing keys, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme) return;
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = IdentityTokens.Issuer,
            ValidAudience = IdentityTokens.Audience,
            ValidAlgorithms = [SigningKeyRing.Algorithm],
            IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys,
            NameClaimType = IdentityTokens.SubjectClaim,
            RoleClaimType = IdentityTokens.RoleClaim,
            ClockSkew = IdentityTokens.ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && now < end + IdentityTokens.ClockSkew && (notBefore is not { } start || start <= now + IdentityTokens.ClockSkew);
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
