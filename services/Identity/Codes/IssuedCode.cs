namespace NatoAspire.Identity.Codes;

/// <summary>A freshly issued code; the plain value only ever travels to the email event.</summary>
public sealed record IssuedCode(string Code, DateTimeOffset ExpiresAt, TimeSpan ValidFor)
{
    public override string ToString() => $"IssuedCode {{ Code = ******, ExpiresAt = {ExpiresAt:O}, ValidFor = {ValidFor} }}";
}
