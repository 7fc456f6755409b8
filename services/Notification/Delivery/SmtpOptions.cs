using MailKit.Security;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Where mail goes. In Development the AppHost hands over the mailbox as the connection string
/// "smtp" (smtp://host:port); in production host, port, TLS and credentials come from the "Smtp" section.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";
    public const string ConnectionName = "smtp";

    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    /// <summary>None in Development; StartTls or SslOnConnect in production.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@nato-media.local";
    public string FromName { get; set; } = "NATO Multimedia";
}
