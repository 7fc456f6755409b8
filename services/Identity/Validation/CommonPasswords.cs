using System.Collections.Frozen;

namespace NatoAspire.Identity.Validation;

/// <summary>
/// Commonly used and breached passwords: the frequency list shipped inside zxcvbn-core (MIT; about 30,000 of the
/// most frequent passwords in public breach corpora). A password counts as common when, lower-cased and with
/// look-alike substitutions undone, it contains an entry of the list and what lies around that entry is only
/// decoration: digits, symbols and at most <see cref="MaximumDecorationLetters"/> letters. So "Password123!",
/// "P@ssw0rd2024!" and "Summer2026!!x" are common; "Correct-Horse-42-Battery" is not.
/// </summary>
public sealed class CommonPasswords
{
    const string ResourceName = "zxcvbn-core.Dictionaries.passwords.lst";

    /// <summary>Shorter entries ("abc", "123") are parts of too many strong passwords to refuse them for it.</summary>
    public const int MinimumEntryLength = 4;

    /// <summary>Letters beside a common entry that still make it a decoration of that entry, like the "x" of "Summer2026!!x".</summary>
    public const int MaximumDecorationLetters = 3;

    readonly FrozenSet<string> list;
    readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    readonly int longestEntry;

    public CommonPasswords() : this(LoadFromZxcvbn()) { }

    /// <summary>A list other than zxcvbn's (tests).</summary>
    // Not a second public constructor: the container would pick it, with an empty IEnumerable<string>, and so
    // refuse nothing (which is how "Password123!" once registered).
    public static CommonPasswords Of(IEnumerable<string> passwords) => new(passwords);

    CommonPasswords(IEnumerable<string> passwords)
    {
        list = passwords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).ToFrozenSet();
        lookup = list.GetAlternateLookup<ReadOnlySpan<char>>();
        longestEntry = list.Count == 0 ? 0 : list.Max(p => p.Length);
    }

    public int Count => list.Count;

    public bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        if (list.Contains(lower)) return true;
        foreach (var reading in LookAlikes.Readings(lower))
        {
            if (ContainsDecoratedEntry(lower, reading)) return true;
        }
        return false;
    }

    // Positions of a reading are those of the password, so the letters around a match are counted in the original.
    bool ContainsDecoratedEntry(string lower, string reading)
    {
        var letters = lower.Count(char.IsLetter);
        for (var start = 0; start < reading.Length; start++)
        {
            var lettersBefore = CountLetters(lower, 0, start);
            // Letters before the match lie outside it, and there are only more of them further on.
            if (lettersBefore > MaximumDecorationLetters) break;
            for (var length = Math.Min(longestEntry, reading.Length - start); length >= MinimumEntryLength; length--)
            {
                if (!lookup.Contains(reading.AsSpan(start, length))) continue;
                var lettersAround = letters - CountLetters(lower, start, length);
                if (lettersAround <= MaximumDecorationLetters) return true;
            }
        }
        return false;
    }

    static int CountLetters(string text, int start, int length)
    {
        var count = 0;
        foreach (var c in text.AsSpan(start, length)) if (char.IsLetter(c)) count++;
        return count;
    }

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
