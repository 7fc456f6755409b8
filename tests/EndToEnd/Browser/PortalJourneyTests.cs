using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace NatoAspire.EndToEnd.Browser;

/// <summary>The portal in Debian's Chromium, through the gateway of the system the end-to-end tests share.</summary>
[Collection(SystemCollection.Name)]
public sealed partial class PortalJourneyTests(SystemFixture system, ChromiumFixture chromium, ITestOutputHelper output)
    : IClassFixture<ChromiumFixture>
{
    const string FirstPassword = "Kosovo-Visit-2002!";
    const string SecondPassword = "Police-Service-27#";

    [Fact]
    public async Task A_visitor_registers_verifies_subscribes_resets_the_password_and_downloads_a_video()
    {
        var email = $"visitor-{Guid.NewGuid():N}@example.org";
        var inbox = new Inbox(system.Mailbox, email);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = system.Gateway.BaseAddress!.ToString(), AcceptDownloads = true });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        output.WriteLine($"System started in {system.StartupDuration.TotalSeconds:0.0} s");

        await RunAsync(page, async () =>
        {
            // The catalogue
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access NATO’s broadcast-quality video content free of charge" })).ToBeVisibleAsync();
            await Expect(page.GetByText("NATO MULTIMEDIA ACCOUNT")).ToBeVisibleAsync();

            // Create an account
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create an account" })).ToBeVisibleAsync();
            await page.GetByLabel("First name").FillAsync("Ana");
            await page.GetByLabel("Last name").FillAsync("Silva");
            await page.GetByLabel("Organisation (optional)").FillAsync("Press office");
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(FirstPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();

            // Check your inbox; ask for a new code at once (too early), then again after the wait it names
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox and enter verification code" })).ToBeVisibleAsync();
            await Expect(page.GetByText(SystemFixture.CodeValiditySentence)).ToBeVisibleAsync();
            await inbox.NextCodeAsync("verification code");
            Assert.Contains(SystemFixture.CodeValiditySentence, inbox.LastText);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send new Code" }).ClickAsync();
            var wait = page.GetByRole(AriaRole.Alert);
            await Expect(wait).ToContainTextAsync("A new code can be sent in");
            var seconds = int.Parse(Seconds().Match(await wait.InnerTextAsync()).Groups[1].Value);
            Assert.InRange(seconds, 1, (int)SystemFixture.CodeSendInterval.TotalSeconds);
            await Task.Delay(TimeSpan.FromSeconds(seconds + 1));
            await page.GetByRole(AriaRole.Button, new() { Name = "Send new Code" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent a new code");
            var code = await inbox.NextCodeAsync("verification code");
            await page.GetByLabel("Verification code").FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

            // Success, and the newsletter in one click with the password
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have successfully created your account" })).ToBeVisibleAsync();
            await Expect(page.GetByText("From now on you can download videos from our website")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Subscribe to our newsletter" })).ToBeVisibleAsync();
            await page.GetByLabel("Password").FillAsync(FirstPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are now subscribed to our newsletter.");

            await page.GotoAsync("/account");
            await Expect(page.GetByText("You are subscribed to our newsletter")).ToBeVisibleAsync();
            await Expect(page.GetByText("Ana Silva")).ToBeVisibleAsync();

            // Log out
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();

            // Logged out, /account leads to the login page on the gateway's own origin, and back to /account after it
            var origin = Regex.Escape(system.Gateway.BaseAddress!.GetLeftPart(UriPartial.Authority));
            await page.GotoAsync("/account");
            await Expect(page).ToHaveURLAsync(new Regex($"^{origin}/account/login\\?returnUrl=%2Faccount$"));
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(FirstPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"^{origin}/account$"));
            await Expect(page.GetByText("Ana Silva")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();

            // A video, anonymous: log in to download, forgot the password
            await page.Locator(".video-card").First.GetByRole(AriaRole.Heading).GetByRole(AriaRole.Link).ClickAsync();
            var videoPath = new Uri(page.Url).AbsolutePath;
            var title = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync();

            // Its preview plays before any login
            await page.Locator("video").EvaluateAsync("video => { video.muted = true; return video.play(); }");
            await page.WaitForFunctionAsync("() => document.querySelector('video').readyState >= HTMLMediaElement.HAVE_CURRENT_DATA");
            output.WriteLine($"Preview playing; screenshot: {await ScreenshotAsync(page, "preview")}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Log in to download" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Reset password" }).ClickAsync();
            await Expect(page.GetByText("Enter the email address you registered with and we will send you a code to reset your password.")).ToBeVisibleAsync();
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox and enter verification code" })).ToBeVisibleAsync();
            await Expect(page.GetByText(SystemFixture.CodeValiditySentence)).ToBeVisibleAsync();
            await page.GetByLabel("Verification code").FillAsync(await inbox.NextCodeAsync("Reset your"));
            Assert.Contains(SystemFixture.CodeValiditySentence, inbox.LastText);
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create a new password" })).ToBeVisibleAsync();
            await Expect(page.GetByText("The password must be at least 12 characters long, no spaces, include upper/lowercase letters, numbers and symbols.")).ToBeVisibleAsync();
            await page.GetByLabel("New password").FillAsync(SecondPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save new password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your password has been updated" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Return and log in" }).ClickAsync();

            // Back on the page they were on, logged in with the new password
            await page.GetByLabel("Email address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(SecondPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(videoPath) + "$"));

            // Download the first file: the bytes are the catalogued ones
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download ") }).First.ClickAsync());
            var saved = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
            await download.SaveAsAsync(saved);
            try
            {
                var expected = await CataloguedHashesAsync(videoPath);
                await using var file = File.OpenRead(saved);
                var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file));
                output.WriteLine($"Downloaded {file.Length} bytes as {download.SuggestedFilename}");
                Assert.Contains(actual, expected);
            }
            finally { File.Delete(saved); }

            // ... and it is in their download history
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "My downloads" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Main).GetByText(title).First).ToBeVisibleAsync();
        });
    }

    async Task<IReadOnlyList<string>> CataloguedHashesAsync(string videoPath)
    {
        using var details = JsonDocument.Parse(await system.Gateway.GetStringAsync($"/api/media{videoPath}"));
        return [.. details.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("sha256").GetString()!.ToLowerInvariant())];
    }

    /// <summary>Keeps a screenshot of the page where a step failed.</summary>
    async Task RunAsync(IPage page, Func<Task> steps)
    {
        try { await steps(); }
        catch
        {
            output.WriteLine($"Failed at {page.Url}; screenshot: {await ScreenshotAsync(page, "failed")}");
            throw;
        }
    }

    static async Task<string> ScreenshotAsync(IPage page, string what)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{nameof(PortalJourneyTests)}-{what}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    [GeneratedRegex(@"in (\d+) seconds?")]
    private static partial Regex Seconds();
}
