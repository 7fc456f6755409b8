namespace NatoAspire.Web.Apis;

/// <summary>The subscription calls of the newsletter service.</summary>
public sealed class NewsletterApi(HttpClient http)
{
    const string Subscription = "/api/newsletter/subscription";

    public Task<ApiResult<SubscriptionStatus>> GetAsync(string accessToken, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<SubscriptionStatus>(http, ApiCalls.Request(HttpMethod.Get, Subscription, accessToken: accessToken), cancellationToken);

    public Task<ApiResult<SubscriptionStatus>> SubscribeAsync(string accessToken, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<SubscriptionStatus>(http, ApiCalls.Request(HttpMethod.Put, Subscription, accessToken: accessToken), cancellationToken);

    public Task<ApiResult<SubscriptionStatus>> UnsubscribeAsync(string accessToken, CancellationToken cancellationToken) =>
        ApiCalls.SendAsync<SubscriptionStatus>(http, ApiCalls.Request(HttpMethod.Delete, Subscription, accessToken: accessToken), cancellationToken);
}

public sealed record SubscriptionStatus(bool Subscribed, DateTimeOffset? SubscribedAt);
