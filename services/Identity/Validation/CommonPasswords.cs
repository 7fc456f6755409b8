using System.Collections.Frozen;

namespace NatoAspire.Identity.Validation;

/// <summary>
/// Commonly used passwords: the frequency list shipped inside zxcvbn-core (about 30,000 leaked passwords).
/// A password counts as common when it is on the list, or when what remains after lower-casing, undoing
/// look-alike substitutions and stripping leading/trailing digits and symbols is (so "Password123!" is common).
/// </summary>
public sealed class CommonPasswords
{
    const string ResourceName = "zxcvbn-core.Dictionaries.passwords.lst";

    readonly FrozenSet<string> list;

    public CommonPasswords() : this(LoadFromZxcvbn()) { }

    public CommonPasswords(IEnumerable<string> passwords) =>
        list = passwords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).ToFrozenSet();

    public int Count => list.Count;

    public bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = StripEnds(lower);
        return list.Contains(lower) || list.Contains(core) || list.Contains(Unleet(core));
    }

    static string Unleet(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' or '|' => 'i',
                '3' => 'e',
                '$' or '5' => 's',
                '7' or '+' => 't',
                var c => c,
            };
        }
    });

    static string StripEnds(string text) => text.Trim().Trim(NonLetters());

    static char[]? nonLetters;

    static char[] NonLetters() => nonLetters ??= [.. Enumerable.Range(0x21, 0x7e - 0x20).Select(c => (char)c).Where(c => !char.IsLetter(c))];

    static IEnumerable<string> LoadFromZxcvbn()
    {
        var assembly = typeof(Zxcvbn.Result).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
