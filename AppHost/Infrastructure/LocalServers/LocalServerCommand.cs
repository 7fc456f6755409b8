namespace NatoAspire.LocalServers;

/// <summary>How a server (or a short tool such as initdb) is started: the program, its arguments and its environment.</summary>
public sealed record LocalServerCommand(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment);
