using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NatoAspire.Web.Pages.Account;

/// <summary>
/// How long the code identity just sent is valid, as identity said (<c>codeExpiresInSeconds</c>), carried in the
/// temp-data cookie from the page that asked for the code to the page that takes it. A page reached without
/// having sent a code says nothing about its validity rather than guess.
/// </summary>
public static class CodeSentNotice
{
    const string Key = "CodeExpiresInSeconds";

    public static void Remember(ITempDataDictionary tempData, int codeExpiresInSeconds) => tempData[Key] = codeExpiresInSeconds;

    /// <summary>Kept for the next request too, so that the sentence stays after a wrong code.</summary>
    public static TimeSpan? ValidFor(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is int seconds and > 0 ? TimeSpan.FromSeconds(seconds) : null;

    public static void Forget(ITempDataDictionary tempData) => tempData.Remove(Key);
}
