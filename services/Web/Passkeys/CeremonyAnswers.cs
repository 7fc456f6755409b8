using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Passkeys;

/// <summary>
/// What the pages' script gets back when it asks for a ceremony's options (wwwroot/js/passkeys.js): identity's options
/// as they are, or the problem's title and status for the page to show. The credential it sends back arrives as a form
/// field, read here.
/// </summary>
public static class CeremonyAnswers
{
    /// <summary>The longest credential JSON a form may carry; the account API refuses bodies over 16 KiB anyway.</summary>
    public const int MaxCredentialLength = 12 * 1024;

    public static IActionResult Options(ApiResult<JsonElement> result) => result.Succeeded
        ? new ContentResult { Content = result.Value.GetRawText(), ContentType = "application/json", StatusCode = StatusCodes.Status200OK }
        : Problem(result.Problem.Status, result.Problem.Title);

    public static IActionResult Problem(HttpStatusCode status, string title) =>
        new JsonResult(new { title, status = (int)status }) { StatusCode = (int)status, ContentType = "application/problem+json" };

    /// <summary>The credential the script put in the form, or null when it is missing or is not JSON.</summary>
    public static JsonElement? Credential(string? field)
    {
        if (string.IsNullOrWhiteSpace(field) || field.Length > MaxCredentialLength) return null;
        try
        {
            using var document = JsonDocument.Parse(field);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
