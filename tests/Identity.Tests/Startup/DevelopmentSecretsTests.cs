using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NatoAspire.Identity.Startup;
using NatoAspire.Identity.Tests.Support;

namespace NatoAspire.Identity.Tests.Startup;

[Collection(IdentityCollection.Name)]
public sealed class DevelopmentSecretsTests(IdentityHost host)
{
    [Theory]
    [InlineData("Admin:Password", DevelopmentSecrets.AdminPassword, "Admin:Password")]
    [InlineData("Codes:HmacKey", DevelopmentSecrets.CodeHmacKey, "Codes:HmacKey")]
    public void Identity_refuses_to_start_outside_Development_with_a_development_secret(string setting, string value, string named)
    {
        using var production = host.App.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting(setting, value));

        var refused = Assert.ThrowsAny<Exception>(() => production.Server);

        var message = Innermost(refused).Message;
        Assert.Contains("refuses to start in the Production environment", message);
        Assert.Contains(named, message);
        Assert.DoesNotContain(value, message);
    }

    [Fact]
    public void Development_may_use_them_and_other_environments_their_own_secrets()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:Password"] = DevelopmentSecrets.AdminPassword,
            ["Codes:HmacKey"] = DevelopmentSecrets.CodeHmacKey,
        }).Build();
        var own = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:Password"] = "An-Admin-Secret-Of-Its-Own-42",
            ["Codes:HmacKey"] = "a-production-key-of-at-least-32-characters",
        }).Build();

        DevelopmentSecrets.RefuseOutsideDevelopment(Environment("Development"), settings);
        DevelopmentSecrets.RefuseOutsideDevelopment(Environment("Production"), own);
    }

    [Fact]
    public void The_refused_values_are_those_the_AppHost_hands_out_in_Development()
    {
        var file = Path.Combine(RepositoryFolder(), "AppHost", "appsettings.Development.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var parameters = json.RootElement.GetProperty("Parameters");

        Assert.Equal(DevelopmentSecrets.AdminPassword, parameters.GetProperty("admin-password").GetString());
        Assert.Equal(DevelopmentSecrets.CodeHmacKey, parameters.GetProperty("code-hmac-key").GetString());
    }

    static IHostEnvironment Environment(string name) =>
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = name };

    static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;

    static string RepositoryFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "NatoAspire.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("No folder above the tests holds NatoAspire.sln.");
    }
}
