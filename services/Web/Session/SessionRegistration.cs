using Microsoft.AspNetCore.Authentication.Cookies;

namespace NatoAspire.Web.Session;

public static class SessionRegistration
{
    public const string CookieName = "nato_session";

    public static IServiceCollection AddPortalSession(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<PortalSession>();
        services.AddScoped<TokenRefresher>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.Path = "/";
                // Secure whenever the public scheme is https; the manager adds the __Host- prefix then.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CookieManager = new SchemeAwareCookieManager();
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/Status/403";
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().ValidateAsync(context);
                options.Events.UseRelativeRedirects();
            });
        services.AddAuthorization();
        return services;
    }
}
