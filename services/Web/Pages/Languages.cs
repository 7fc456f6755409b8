namespace NatoAspire.Web.Pages;

/// <summary>Names of the languages the catalogue's captions and items speak, for labels.</summary>
public static class Languages
{
    public static string NameOf(string code) => code switch
    {
        "en" => "English",
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "it" => "Italiano",
        _ => code,
    };
}
