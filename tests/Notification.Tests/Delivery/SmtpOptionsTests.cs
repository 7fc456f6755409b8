using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Tests.Delivery;

public sealed class SmtpOptionsTests
{
    [Fact]
    public void The_mailbox_connection_string_gives_host_and_port()
    {
        var options = Resolve(new() { ["ConnectionStrings:smtp"] = "smtp://mailbox.local:2525" });

        Assert.Equal("mailbox.local", options.Host);
        Assert.Equal(2525, options.Port);
        Assert.Equal(SecureSocketOptions.None, options.Security);
    }

    [Fact]
    public void Production_settings_come_from_the_Smtp_section()
    {
        var options = Resolve(new()
        {
            ["Smtp:Host"] = "smtp.example.org",
            ["Smtp:Port"] = "587",
            ["Smtp:Security"] = "StartTls",
            ["Smtp:UserName"] = "portal",
            ["Smtp:FromAddress"] = "multimedia@example.org",
        });

        Assert.Equal(("smtp.example.org", 587, SecureSocketOptions.StartTls, "portal", "multimedia@example.org"),
            (options.Host, options.Port, options.Security, options.UserName, options.FromAddress));
    }

    [Fact]
    public void A_sender_address_that_is_not_an_address_is_refused_at_start() =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Smtp:FromAddress"] = "nobody" }));

    static SmtpOptions Resolve(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSmtpDelivery();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<SmtpOptions>>().Value;
    }
}
