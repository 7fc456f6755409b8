using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.Identity.Tokens;

/// <summary>Identity validates its own tokens with the same key it signs them with, by the same clock it issues them.</summary>
sealed class JwtBearerSetup(SigningKeyRing keys, TimeProvider time) : IConfigureNamedOptions<JwtBearerOptions>
{
    static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme) return;
        options.MapInboundClaims = false;
        options.TimeProvider = time;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = TokenOptions.Issuer,
            ValidAudience = TokenOptions.Audience,
            ValidAlgorithms = [SigningKeyRing.Algorithm],
            IssuerSigningKeyResolver = (_, _, _, _) => keys.ValidationKeys,
            NameClaimType = "sub",
            RoleClaimType = "role",
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && now < end + ClockSkew && (notBefore is not { } start || start <= now + ClockSkew);
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
