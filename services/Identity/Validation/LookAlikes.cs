namespace NatoAspire.Identity.Validation;

/// <summary>
/// The ways to read a lower-cased password with its look-alike substitutions undone ("p@ssw0rd" is "password"), one
/// character for one, so that a position in a reading is the same position in the password.
/// </summary>
public static class LookAlikes
{
    /// <summary>The password as written, and read with "1" and "!" as "i" or as "l".</summary>
    public static IEnumerable<string> Readings(string lower)
    {
        yield return lower;
        yield return Undo(lower, one: 'i');
        yield return Undo(lower, one: 'l');
    }

    static string Undo(string text, char one) => string.Create(text.Length, (text, one), static (span, state) =>
    {
        for (var i = 0; i < state.text.Length; i++)
        {
            span[i] = state.text[i] switch
            {
                '@' or '4' => 'a',
                '8' => 'b',
                '(' => 'c',
                '3' => 'e',
                '6' or '9' => 'g',
                '1' or '!' => state.one,
                '|' => 'l',
                '0' => 'o',
                '$' or '5' => 's',
                '7' or '+' => 't',
                '2' => 'z',
                var c => c,
            };
        }
    });
}
