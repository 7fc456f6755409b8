namespace NatoAspire.Identity.Validation;

/// <summary>Collects messages by request field, in the shape of <c>errors</c> in a validation problem.</summary>
public sealed class ValidationErrors
{
    readonly Dictionary<string, List<string>> errors = [];

    public bool IsEmpty => errors.Count == 0;

    public ValidationErrors Add(string field, string? message)
    {
        if (message is not null) Messages(field).Add(message);
        return this;
    }

    public ValidationErrors AddAll(string field, IEnumerable<string> messages)
    {
        foreach (var message in messages) Messages(field).Add(message);
        return this;
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    List<string> Messages(string field) =>
        errors.TryGetValue(field, out var list) ? list : errors[field] = [];
}
