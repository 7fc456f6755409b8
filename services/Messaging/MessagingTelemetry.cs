namespace NatoAspire.Messaging;

public static class MessagingTelemetry
{
    /// <summary>Starts with the prefix that ServiceDefaults exports.</summary>
    public const string SourceName = "NatoAspire.Messaging";
}
