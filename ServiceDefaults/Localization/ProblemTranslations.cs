using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Problem titles, details and <c>errors</c> messages in the language the request asks for (CONTRACT §7). The services
/// write every message in English, as they always have; each service's <c>ProblemMessages.fr.resx</c> gives the French
/// of each one, keyed by its English. A message with values in it ("at most 254 characters") is keyed by its template
/// ("at most {0} characters"), and the values are carried over. Translating at the one place every problem is written
/// keeps the call sites and the English exactly as they are; <c>code</c> never changes.
/// </summary>
public sealed partial class ProblemTranslations
{
    readonly Dictionary<string, Catalogue> byLanguage = [];

    public ProblemTranslations(IEnumerable<ProblemMessageSource> sources)
    {
        foreach (var language in PortalLanguages.All.Where(l => l != PortalLanguages.Default))
        {
            var catalogue = new Catalogue();
            foreach (var source in sources)
                foreach (var (english, translated) in Entries(source.Resources, CultureInfo.GetCultureInfo(language)))
                    catalogue.Add(english, translated);
            byLanguage[language] = catalogue;
        }
    }

    /// <summary>The message in <paramref name="language"/>, or the English itself where there is no translation.</summary>
    public string Translate(string english, string language) =>
        byLanguage.TryGetValue(language, out var catalogue) ? catalogue.Translate(english) ?? english : english;

    /// <summary>Whether the message has a translation in <paramref name="language"/> (English always has).</summary>
    public bool IsTranslated(string english, string language) =>
        language == PortalLanguages.Default || (byLanguage.TryGetValue(language, out var catalogue) && catalogue.Translate(english) is not null);

    /// <summary>Rewrites the problem's title, detail and every <c>errors</c> message in <paramref name="language"/>.</summary>
    public void Apply(ProblemDetails problem, string language)
    {
        if (language == PortalLanguages.Default) return;
        if (problem.Title is { } title) problem.Title = Translate(title, language);
        if (problem.Detail is { } detail) problem.Detail = Translate(detail, language);
        if (problem is HttpValidationProblemDetails validation)
            foreach (var field in validation.Errors.Keys.ToList())
                validation.Errors[field] = [.. validation.Errors[field].Select(message => Translate(message, language))];
    }

    /// <summary>The entries of one resource file of <paramref name="culture"/> only: English key, translated value.</summary>
    public static IEnumerable<(string English, string Translated)> Entries(ResourceManager source, CultureInfo culture)
    {
        var set = source.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is null) yield break;
        foreach (DictionaryEntry entry in set)
            if (entry is { Key: string english, Value: string translated }) yield return (english, translated);
    }

    /// <summary>The placeholders (<c>{0}</c>, <c>{1}</c>…) of a message template, in order.</summary>
    public static IReadOnlyList<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    sealed class Catalogue
    {
        readonly Dictionary<string, string> exact = new(StringComparer.Ordinal);
        readonly List<(Regex English, string Translated)> templates = [];

        public void Add(string english, string translated)
        {
            if (Placeholders(english).Count == 0) { exact[english] = translated; return; }
            // "{0} must be at most {1} characters." → ^(?<p0>.+?) must be at most (?<p1>.+?) characters\.$
            var pattern = Placeholder().Replace(Regex.Escape(english).Replace(@"\{", "{"), m => $"(?<p{m.Value[1..^1]}>.+?)");
            templates.Add((new Regex($"^{pattern}$", RegexOptions.CultureInvariant), translated));
        }

        public string? Translate(string english)
        {
            if (exact.TryGetValue(english, out var translated)) return translated;
            foreach (var (template, target) in templates)
            {
                var match = template.Match(english);
                if (!match.Success) continue;
                return Placeholder().Replace(target, m => match.Groups[$"p{m.Value[1..^1]}"].Value);
            }
            return null;
        }
    }
}
