using System.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>One resource of translated problem messages: a service's own, or the ones every service shares.</summary>
public sealed record ProblemMessageSource(ResourceManager Resources);

public static class ProblemLocalization
{
    /// <summary>
    /// Adds the translations of <typeparamref name="TMessages"/>'s resources (<c>ProblemMessages.fr.resx</c> beside the
    /// class) to the problems this service writes.
    /// </summary>
    public static IServiceCollection AddProblemMessages<TMessages>(this IServiceCollection services)
    {
        services.AddSingleton(new ProblemMessageSource(new ResourceManager(typeof(TMessages))));
        return services;
    }
}
