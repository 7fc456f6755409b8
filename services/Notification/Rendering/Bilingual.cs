namespace NatoAspire.Notification.Rendering;

/// <summary>
/// One email's wording in both languages the portal speaks, side by side, so that a reader sees the two together and
/// a sentence added to one is missed in the other at once (a unit test checks every pair). English is the fallback.
/// </summary>
public sealed record Bilingual<T>(T English, T French) where T : class
{
    public T In(string? language) => PortalLanguages.Normalize(language) == PortalLanguages.French ? French : English;
}
