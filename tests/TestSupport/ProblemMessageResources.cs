using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace NatoAspire.TestSupport;

/// <summary>
/// Checks one service's problem-message resources (<c>ProblemMessages.resx</c> and <c>ProblemMessages.fr.resx</c>):
/// the same keys in both, the English file holding the English itself, every French value written, with the same
/// placeholders, and in French typography (’, and a non-breaking space before ; : ! ? and inside « »).
/// </summary>
public static class ProblemMessageResources
{
    public static void AssertComplete(Type messages)
    {
        var resources = new ResourceManager(messages);
        var english = ProblemTranslations.Entries(resources, CultureInfo.InvariantCulture).ToDictionary(e => e.English, e => e.Translated);
        var french = ProblemTranslations.Entries(resources, CultureInfo.GetCultureInfo(PortalLanguages.French)).ToDictionary(e => e.English, e => e.Translated);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), french.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english) Assert.True(key == value, $"The English of '{key}' is '{value}': the key is the English.");
        foreach (var (key, value) in french)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"'{key}' has no French.");
            Assert.Equal(ProblemTranslations.Placeholders(key), ProblemTranslations.Placeholders(value));
            Assert.True(FrenchTypography.Problem(value) is null, $"'{value}': {FrenchTypography.Problem(value)}");
        }
    }
}
