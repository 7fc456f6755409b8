using System.ComponentModel.DataAnnotations;
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

    [Required]
    public string Host { get; set; } = "localhost";
    [Range(1, 65535)]
    public int Port { get; set; } = 25;
    /// <summary>None in Development; StartTls or SslOnConnect in production.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.None;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress, MaxLength(MimeMessageFactory.MaxAddressLength)]
    public string FromAddress { get; set; } = "no-reply@nato-media.local";
    [Required]
    public string FromName { get; set; } = "NATO Multimedia";
    /// <summary>How long one SMTP operation may take before the send counts as failed (and is retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
