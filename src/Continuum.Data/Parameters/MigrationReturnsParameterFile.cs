using Continuum.Models.Returns;

namespace Continuum.Data.Parameters;

/// <summary>Reads <see cref="MigrationReturnsParameters"/> from a <see cref="ParameterFile"/>; every key is required.</summary>
public static class MigrationReturnsParameterFile
{
    /// <summary>The keys, in the order of <see cref="MigrationReturnsParameters"/> (the names of <see cref="MigrationReturnsSpecs.All"/>).</summary>
    public static IReadOnlyList<string> Keys => MigrationReturnsSpecs.Keys;

    /// <summary>Reads and validates <paramref name="file"/>; errors name the file, line and parameter.</summary>
    public static MigrationReturnsParameters From(ParameterFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var unknown = file.Names.FirstOrDefault(n => !Keys.Contains(n, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new InputException($"unknown parameter; allowed are {string.Join(", ", Keys)}", file.Path, file.LineOf(unknown), unknown);
        }

        var x = new MigrationReturnsParameters(
            file.Integer("career_years"), file.Number("discount_rate_per_year"),
            file.Number("origin_wage_usd_per_year"), file.Number("destination_wage_usd_per_year"),
            file.Number("origin_tax_rate"), file.Number("destination_tax_rate"),
            file.Number("origin_price_level"), file.Number("destination_price_level"),
            file.Number("migration_cost_usd"), file.Number("remittance_share"), file.Number("remittance_cost_share"),
            file.Number("public_training_cost_usd"), file.Number("vacancy_cost_usd_per_year"), file.Integer("vacancy_years"),
            file.Number("return_probability"), file.Integer("years_abroad_if_returning"), file.Number("return_wage_premium"),
            file.Number("host_surplus_share"), file.Number("host_training_cost_saved_usd"));
        try
        {
            return x.Validate();
        }
        catch (InputException ex)
        {
            throw file.Locate(ex);
        }
    }
}
