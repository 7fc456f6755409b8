using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NatoAspire.Identity.Admin;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.EmailChange;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.PasswordChange;
using NatoAspire.Identity.PasswordReset;
using NatoAspire.Identity.Passkeys;
using NatoAspire.Identity.Privacy;
using NatoAspire.Identity.Registration;
using NatoAspire.Identity.Sessions;
using NatoAspire.Identity.Tokens;
using NatoAspire.Identity.Validation;
using NatoAspire.Identity.Verification;
using NatoAspire.Messaging;
using NatoAspire.Identity.Localization;

namespace NatoAspire.Identity;

public static class IdentityServiceExtensions
{
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        // The French of this service's problem messages (Localization/ProblemMessages.fr.resx).
        builder.Services.AddProblemMessages<ProblemMessages>();
        builder.AddNpgsqlDbContext<IdentityDbContext>(IdentityDbContext.ConnectionName);
        // Verification codes, attempt counters and rate limits live in Redis.
        builder.AddRedisClient("redis");
        builder.AddMessaging();
        builder.AddOutboxRelay<IdentityDbContext>();

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IdentityTelemetry>();
        services.AddAccountRules();
        services.AddPasswordHashing();
        services.AddCodes();
        services.AddTokens();

        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section)
            .Validate(o => o.FailureWindow > TimeSpan.Zero, "LoginThrottle:FailureWindow must be positive.");
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DeviceTokens>();
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section)
            .Validate(o => o.MaxPendingAttempts >= 1, "Registration:MaxPendingAttempts must be at least 1.");
        services.AddScoped<RegistrationAttempts>();
        services.AddScoped<Registrar>();
        services.AddScoped<EmailVerifier>();
        services.AddScoped<SignIn>();
        services.AddScoped<PasswordResetter>();
        services.AddSelfService();
        services.AddScoped<AdminAccountSeeder>();
        services.AddPrivacy();
        services.AddPasskeys(builder.Environment);
        return builder;
    }

    static IServiceCollection AddSelfService(this IServiceCollection services)
    {
        services.AddScoped<PasswordConfirmation>();
        services.AddScoped<PasswordChanger>();
        services.AddSingleton<PendingEmailChanges>();
        services.AddScoped<EmailChanger>();
        services.AddScoped<SessionList>();
        return services;
    }

    static IServiceCollection AddAccountRules(this IServiceCollection services)
    {
        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<PasswordPolicy>();
        return services;
    }

    static IServiceCollection AddCodes(this IServiceCollection services)
    {
        services.AddOptions<CodeOptions>().BindConfiguration(CodeOptions.Section)
            .Validate(o => o.HmacKey.Length >= 32, "Codes:HmacKey must be set to a secret of at least 32 characters.")
            .Validate(o => o.MaxWrongTriesPerCode >= 1 && o.MaxWrongTriesPerDay >= o.MaxWrongTriesPerCode,
                "Codes:MaxWrongTriesPerDay must be at least Codes:MaxWrongTriesPerCode, which must be positive.")
            .Validate(o => o.Lifetime > TimeSpan.Zero && o.MaxSendsPerWindow >= 1 && o.SendWindow > TimeSpan.Zero,
                "Codes:Lifetime and Codes:SendWindow must be positive, Codes:MaxSendsPerWindow at least 1.")
            .ValidateOnStart();
        services.AddSingleton<OneTimeCodeStore>();
        services.AddSingleton<CodeSendLimiter>();
        return services;
    }

    static IServiceCollection AddTokens(this IServiceCollection services)
    {
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.Section)
            .Validate(o => o.AccessTokenLifetime > TimeSpan.Zero && o.AccessTokenLifetime <= TimeSpan.FromMinutes(15),
                "Tokens:AccessTokenLifetime must be at most 15 minutes.");
        services.AddSingleton<SigningKeyRing>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<ResetTokenStore>();
        services.AddScoped<RefreshTokens>();
        services.AddScoped<SessionTokens>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorization();
        return services;
    }
}
