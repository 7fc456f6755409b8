using System.Globalization;
using System.Net.Http.Headers;

namespace NatoAspire.Web.Apis;

/// <summary>
/// Every API call says the page's language, so that the problems the APIs answer (titles, field messages) can come
/// back in it. The request's culture flows here with the call (the localization middleware set it).
/// </summary>
sealed class AcceptLanguageHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.AcceptLanguage.Clear();
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(PortalLanguages.Of(CultureInfo.CurrentUICulture)));
        return base.SendAsync(request, cancellationToken);
    }
}
