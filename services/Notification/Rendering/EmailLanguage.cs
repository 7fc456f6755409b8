using System.Globalization;

namespace NatoAspire.Notification.Rendering;

/// <summary>What every email says the same way in one language: the frame's words, the greeting, how a moment reads.</summary>
public sealed record EmailLanguage(string Code, string Tagline, string Greeting, string GoToPortal, string Footer)
{
    public static readonly Bilingual<EmailLanguage> Both = new(
        English: new(
            Code: PortalLanguages.English,
            Tagline: "Access NATO’s broadcast-quality video content free of charge",
            Greeting: "Dear {0},",
            GoToPortal: "Go to NATO Multimedia",
            Footer: "NATO Multimedia · Access NATO’s broadcast-quality video content free of charge"),
        French: new(
            Code: PortalLanguages.French,
            Tagline: "Accédez gratuitement aux vidéos de l’OTAN en qualité broadcast",
            Greeting: "Bonjour {0},",
            GoToPortal: "Aller sur NATO Multimedia",
            Footer: "NATO Multimedia · Accédez gratuitement aux vidéos de l’OTAN en qualité broadcast"));

    /// <summary>The wording of <paramref name="language"/> (an event's), English for anything the portal does not speak.</summary>
    public static EmailLanguage Of(string? language) => Both.In(language);

    public CultureInfo Culture => PortalLanguages.CultureOf(Code);

    public string Greet(string firstName) => string.Format(Culture, Greeting, firstName);

    /// <summary>
    /// A moment in UTC, as each language writes it: "08:31 UTC on 2 December 2026", « 1er décembre 2026 à 8 h 31 UTC »
    /// (the French ordinal for the first of the month, and the hour as French typography writes it).
    /// </summary>
    public string Moment(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        if (Code != PortalLanguages.French)
            return utc.ToString("HH:mm 'UTC on' d MMMM yyyy", Culture);
        var day = utc.Day == 1 ? "1er" : utc.Day.ToString(Culture);
        return string.Create(Culture, $"{day} {utc.ToString("MMMM yyyy", Culture)} à {utc.Hour} h {utc.Minute:00} UTC");
    }
}
