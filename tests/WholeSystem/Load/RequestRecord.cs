namespace NatoAspire.WholeSystem.Load;

/// <summary>
/// One request the load sent through the gateway: what for, when it started and when the client had the whole answer
/// (or gave up), on <see cref="Clock"/>; and how it ended, a status code or what went wrong on the connection.
/// </summary>
public sealed record RequestRecord(string Kind, long Started, long Finished, string Outcome, bool Succeeded);
