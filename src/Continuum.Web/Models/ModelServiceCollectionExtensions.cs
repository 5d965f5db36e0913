using Microsoft.Extensions.DependencyInjection;

namespace Continuum.Web.Models;

/// <summary>Registers the model pages' services.</summary>
public static class ModelServiceCollectionExtensions
{
    /// <summary>Adds the analytic models, their shared data and their documentation as singletons.</summary>
    public static IServiceCollection AddContinuumModels(this IServiceCollection services)
    {
        services.AddSingleton<ShippedDemography>();
        services.AddSingleton<ModelDocs>();
        services.AddSingleton<HostEconomyService>();
        services.AddSingleton<ProjectionService>();
        services.AddSingleton<WorkforceService>();
        services.AddSingleton<BrainGainService>();
        services.AddSingleton<InequalityService>();
        services.AddSingleton<ReturnsService>();
        return services;
    }
}
