namespace NatoAspire.Identity.Privacy;

/// <summary>A service the export needs did not answer, or answered something other than the account's data.</summary>
public sealed class ServiceUnavailableException(string service, string reason, Exception? inner = null)
    : Exception($"The {service} service could not be asked for the account's data: {reason}", inner)
{
    public string Service => service;
}
