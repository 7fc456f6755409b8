using Microsoft.AspNetCore.Mvc;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages;

public sealed class IndexModel(MediaCatalogApi media) : PortalPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "topic")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "location")]
    public string? Location { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    // Read by hand: "page" is also the route value Razor Pages uses for the page's own name.
    public int PageNumber { get; private set; } = 1;

    public VideoPage? Videos { get; private set; }

    public CatalogueFilter Filter => new(Query, Topic, Location, From, To);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = int.TryParse(Request.Query["page"], out var page) && page >= 1 ? page : 1;
        var result = await media.ListAsync(Filter, PageNumber, cancellationToken);
        if (result.Succeeded) Videos = result.Value;
        else
        {
            Show(result.Problem);
            // A filter the catalogue refuses is a message here, not a separate error page.
            if (result.Problem.Errors.Values.FirstOrDefault() is { } messages) ErrorMessage = messages.FirstOrDefault();
        }
    }

    public string PageLink(int page) => Filter.Link(page);
}
