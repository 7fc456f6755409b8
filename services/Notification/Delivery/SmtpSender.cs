using System.Diagnostics;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NatoAspire.Notification.Delivery;

/// <summary>Sends one message over SMTP with MailKit, inside a span, counting what got through and what failed.</summary>
public sealed class SmtpSender(IOptionsMonitor<SmtpOptions> options, NotificationTelemetry telemetry)
{
    public SmtpOptions Settings => options.CurrentValue;

    public async Task SendAsync(MimeMessage message, string kind, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        using var activity = NotificationTelemetry.Source.StartActivity("smtp send", ActivityKind.Client);
        activity?.SetTag(NotificationTelemetry.KindTag, kind);
        activity?.SetTag("server.address", settings.Host);
        activity?.SetTag("server.port", settings.Port);
        try
        {
            using var client = await ConnectAsync(settings, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            telemetry.Sent(kind);
            await QuitQuietlyAsync(client, cancellationToken);
        }
        catch (Exception exception)
        {
            // The exception says what the server or the socket said; it never contains the body, where codes live.
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            activity?.AddException(exception);
            telemetry.Failed(kind, exception);
            throw;
        }
    }

    /// <summary>Once the server accepted the message it is sent: a failing QUIT must not cause a retry and a second copy.</summary>
    static async Task QuitQuietlyAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Activity.Current?.AddEvent(new ActivityEvent("smtp quit failed"));
        }
    }

    internal Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken) =>
        ConnectAsync(options.CurrentValue, cancellationToken);

    static async Task<SmtpClient> ConnectAsync(SmtpOptions settings, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
