using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.AppHost;

/// <summary>
/// "Send a test newsletter" on the newsletter resource: the development admin logs in and publishes an issue through
/// the gateway, exactly as a client would, so every rule (rate limits, roles, one copy per subscriber) applies.
/// Development only: elsewhere the subscribers are real people.
/// </summary>
static class NewsletterCommands
{
    public const string SendTestNewsletter = "send-test-newsletter";

    /// <summary>Identity seeds this account (its AdminAccountSeeder.Email); the end-to-end test of the command fails if they drift.</summary>
    const string AdminEmail = "admin@nato-media.local";

    public static IResourceBuilder<ProjectResource> WithSendTestNewsletterCommand(this IResourceBuilder<ProjectResource> newsletter,
        IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ParameterResource> adminPassword)
    {
        if (!newsletter.ApplicationBuilder.Environment.IsDevelopment()) return newsletter;
        return newsletter.WithHttpCommand("/api/newsletter/issues", "Send a test newsletter",
            endpointSelector: () => gateway.GetEndpoint("http"),
            commandName: SendTestNewsletter,
            commandOptions: new HttpCommandOptions
            {
                Method = HttpMethod.Post,
                Description = "Logs in as the development admin and sends a short issue to every subscriber.",
                ConfirmationMessage = "Send a test issue to every subscriber of the newsletter?",
                IconName = "Mail",
                PrepareRequest = async context =>
                {
                    var token = await AdminAccessTokenAsync(context.HttpClient, context.Request.RequestUri!,
                        await adminPassword.Resource.GetValueAsync(context.CancellationToken) ?? "", context.CancellationToken);
                    context.Request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    context.Request.Content = JsonContent.Create(new
                    {
                        subject = $"Test newsletter, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC",
                        textBody = "A test issue sent from the Aspire dashboard.",
                    });
                },
                GetCommandResult = async context =>
                {
                    if (!context.Response.IsSuccessStatusCode)
                        return CommandResults.Failure($"The newsletter answered {(int)context.Response.StatusCode}.");
                    var issue = await context.Response.Content.ReadFromJsonAsync<JsonElement>(context.CancellationToken);
                    return CommandResults.Success($"Issue sent to {issue.GetProperty("recipients").GetInt32()} subscriber(s).");
                },
            });
    }

    static async Task<string> AdminAccessTokenAsync(HttpClient http, Uri gateway, string password, CancellationToken cancellation)
    {
        using var login = await http.PostAsJsonAsync(new Uri(gateway, "/api/account/login"),
            new { email = AdminEmail, password }, cancellation);
        if (!login.IsSuccessStatusCode)
            throw new InvalidOperationException($"The development admin could not log in ({(int)login.StatusCode}).");
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(cancellation);
        return tokens.GetProperty("accessToken").GetString()!;
    }
}
