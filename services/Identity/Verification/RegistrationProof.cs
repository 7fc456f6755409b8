namespace NatoAspire.Identity.Verification;

/// <summary>What says which registration attempt is being verified: its token, or else the password it chose.</summary>
public sealed record RegistrationProof(string? RegistrationToken, string? Password)
{
    public override string ToString() => "RegistrationProof { ****** }";
}
