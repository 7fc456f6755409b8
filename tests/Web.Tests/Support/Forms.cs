using System.Net;
using System.Text.RegularExpressions;

namespace NatoAspire.Web.Tests.Support;

/// <summary>Posts a page's form the way a browser without JavaScript does: antiforgery token included.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string pageUrl, IDictionary<string, string> fields, string? postUrl = null)
    {
        var page = await browser.GetStringAsync(pageUrl);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{pageUrl} has no antiforgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await browser.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
