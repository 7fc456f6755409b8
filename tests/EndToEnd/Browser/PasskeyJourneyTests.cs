using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace NatoAspire.EndToEnd.Browser;

/// <summary>
/// A passkey in Chromium, with its virtual authenticator (the DevTools protocol's WebAuthn domain) standing in for a
/// fingerprint reader: added on the account page, then used to log in after logging out.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PasskeyJourneyTests(SystemFixture system, ChromiumFixture chromium, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_member_adds_a_passkey_logs_out_and_logs_in_with_it()
    {
        var email = await Accounts.CreateVerifiedAsync(system, "passkey");
        // WebAuthn refuses an IP address as the relying party: the browser uses the gateway's host name, localhost,
        // which is the origin the AppHost hands identity (Passkeys:Origins).
        var portal = new UriBuilder(system.Gateway.BaseAddress!) { Host = "localhost" }.Uri;
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.ToString() });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        var origin = Regex.Escape(portal.GetLeftPart(UriPartial.Authority));

        try
        {
            // Log in with the password, and add a passkey on the account page
            await page.GotoAsync("/account/login?returnUrl=%2Faccount");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(Accounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"^{origin}/account$"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Passkeys" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Passkeys", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByText("You have no passkeys yet.")).ToBeVisibleAsync();
            await page.GetByLabel("Passkey name").FillAsync("Chromium test key");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has been added");
            await Expect(page.GetByText("Chromium test key", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByText("not used yet")).ToBeVisibleAsync();

            // Log out, then log in with the passkey alone
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();
            await page.GotoAsync("/account/login?returnUrl=%2Faccount%2Fpasskeys");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"^{origin}/account/passkeys$"));
            await Expect(page.GetByText("Chromium test key", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByText("last used")).ToBeVisibleAsync();
            await page.GotoAsync("/account");
            await Expect(page.GetByRole(AriaRole.Main).GetByText(email)).ToBeVisibleAsync();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"{nameof(PasskeyJourneyTests)}-failed-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            output.WriteLine($"Failed at {page.Url}; screenshot: {path}");
            throw;
        }
    }
}
