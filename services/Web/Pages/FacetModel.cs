using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages;

/// <summary>One facet of the catalogue page: its values as links, the chosen one marked, with a link that lifts it.</summary>
public sealed record FacetModel(string Name, IReadOnlyList<FacetValue> Values, string? Chosen, Func<string?, string> LinkFor);
