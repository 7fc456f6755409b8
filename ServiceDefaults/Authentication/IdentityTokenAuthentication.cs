using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.Hosting;

public static class IdentityTokenAuthentication
{
    const string JwksClientName = "identity-jwks";

    /// <summary>
    /// Bearer authentication with identity's access tokens, their keys fetched from identity's JWKS
    /// (and fetched again when a token names a key we have not seen), plus the portal's policies.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityTokenAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(JwksClientName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory, IConfiguration>((options, clients, configuration) =>
            {
                var jwksUrl = configuration["Identity:JwksUrl"] ?? IdentityTokens.DefaultJwksUrl;
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = IdentityTokens.Issuer,
                    ValidAudience = IdentityTokens.Audience,
                    NameClaimType = IdentityTokens.SubjectClaim,
                    RoleClaimType = IdentityTokens.RoleClaim,
                    ClockSkew = IdentityTokens.ClockSkew,
                };
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    jwksUrl,
                    new JwksRetriever(),
                    new HttpDocumentRetriever(clients.CreateClient(JwksClientName)) { RequireHttps = false })
                {
                    AutomaticRefreshInterval = TimeSpan.FromMinutes(10),
                    RefreshInterval = TimeSpan.FromSeconds(30),
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(IdentityTokens.VerifiedAccountPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(IdentityTokens.EmailVerifiedClaim, "true"))
            .AddPolicy(IdentityTokens.AdminPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(IdentityTokens.AdminRole));
        return builder;
    }

    /// <summary>Identity publishes a bare JWKS, not an OpenID discovery document: read the keys straight from it.</summary>
    sealed class JwksRetriever : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
            var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = keys };
            foreach (var key in keys.GetSigningKeys()) configuration.SigningKeys.Add(key);
            return configuration;
        }
    }
}
