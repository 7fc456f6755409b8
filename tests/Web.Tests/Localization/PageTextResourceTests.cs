using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NatoAspire.Web.Localization;

namespace NatoAspire.Web.Tests.Localization;

/// <summary>The pages' two resource files: the same keys, every value present, French typography, and every key the code asks for.</summary>
public sealed partial class PageTextResourceTests
{
    static readonly ResourceManager Resources = new("NatoAspire.Web.Localization.PageText", typeof(PageText).Assembly);

    static Dictionary<string, string?> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);

    static readonly Dictionary<string, string?> English = Entries(CultureInfo.InvariantCulture);
    static readonly Dictionary<string, string?> French = Entries(PortalLanguages.CultureOf(PortalLanguages.French));

    [Fact]
    public void English_and_French_have_the_same_keys()
    {
        Assert.NotEmpty(English);
        Assert.Empty(English.Keys.Except(French.Keys));
        Assert.Empty(French.Keys.Except(English.Keys));
    }

    [Fact]
    public void Every_key_has_its_English_and_its_French_value()
    {
        Assert.Empty(English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(French.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    [Fact]
    public void Each_English_value_is_its_own_key()
    {
        Assert.Empty(English.Where(e => e.Key != e.Value).Select(e => e.Key));
    }

    [Fact]
    public void French_uses_typographic_apostrophes_and_no_break_spaces()
    {
        Assert.Empty(French.Where(e => e.Value!.Contains('\'') && !e.Key.Contains("yyyy")).Select(e => e.Value));
        // A plain space (or none) before ; : ! ? or inside « » would let the sign wrap to the next line alone.
        Assert.Empty(French.Values.Where(v => LooseFrenchPunctuation().IsMatch(v!)).ToList());
    }

    [Fact]
    public void Every_text_the_pages_ask_for_is_in_the_resources()
    {
        var web = Path.Combine(RepositoryRoot(), "services", "Web");
        var asked = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml") || f.EndsWith(".cs"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => AskedText().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value.Replace("\\\"", "\"")))
            .Where(key => !key.Contains("{unit}"))
            .Distinct().ToList();

        Assert.NotEmpty(asked);
        Assert.Empty(asked.Where(key => !English.ContainsKey(key)).ToList());
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task The_titles_the_pages_give_an_api_problem_without_one_are_in_the_resources(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        var problem = await Web.Apis.ApiProblem.ReadAsync(response, CancellationToken.None);

        Assert.True(problem.TitleIsOurs);
        Assert.Contains(problem.Title, English.Keys);
    }

    [Theory]
    [InlineData(1800)]
    [InlineData(600)]
    [InlineData(3600)]
    [InlineData(7200)]
    [InlineData(45)]
    [InlineData(1)]
    public void The_English_code_validity_on_the_pages_is_the_sentence_of_the_emails(int seconds)
    {
        var text = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(PageText));
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalLanguages.English);
            Assert.Equal(CodeValidity.Sentence(TimeSpan.FromSeconds(seconds)), SpanText.CodeValidity(TimeSpan.FromSeconds(seconds), text));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(PortalLanguages.French);
            Assert.StartsWith("Ce code expirera dans ", SpanText.CodeValidity(TimeSpan.FromSeconds(seconds), text));
        }
        finally { CultureInfo.CurrentUICulture = culture; }
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "NatoAspire.sln"))) return folder.FullName;
        throw new InvalidOperationException("NatoAspire.sln not found above the test's folder.");
    }

    [GeneratedRegex("""\b(?:T|H|text)\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex AskedText();

    [GeneratedRegex("""(?:[^\u00a0\u202f][;:!?](?:\s|$)|«[^\u00a0\u202f]|[^\u00a0\u202f]»)""")]
    private static partial Regex LooseFrenchPunctuation();
}
