using System.Globalization;

namespace Continuum.Core.Scenario;

/// <summary>Validation of the development levers against a scenario's countries and years.</summary>
public sealed partial record DevelopmentLevers
{
    /// <summary>
    /// Checks every range, and that every country and corridor is one of <paramref name="countries"/> (the simulated
    /// countries, with ROW when the rest of the world is simulated) and the extra-admissions years lie within the run.
    /// Errors name the field (e.g. <c>development.LEVER.KEY</c>, the lever named by its spec) and, through <paramref name="locate"/>, its file and line.
    /// </summary>
    public void Validate(IReadOnlyList<string> countries, int baseYear, int horizonYear, Func<string, (string? File, long? Line)>? locate = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        (string? File, long? Line) At(string field) => locate?.Invoke(field) ?? default;
        if (UnderemploymentPenalty is { } penalty)
        {
            var field = UnderemploymentPenaltySpec.Field();
            var (file, line) = At(field);
            UnderemploymentPenaltySpec.Check(penalty, field, file, line);
        }

        if (RemittanceCostAll is { } all)
        {
            var field = RemittanceCostSpec.Field("ALL");
            var (file, line) = At(field);
            RemittanceCostSpec.Check(all, field, file, line);
        }

        foreach (var (corridor, cost) in RemittanceCost)
        {
            var (file, line) = CheckCorridor(RemittanceCostSpec, corridor, countries, At);
            RemittanceCostSpec.Check(cost, RemittanceCostSpec.Field(corridor.ToString()), file, line);
        }

        foreach (var (corridor, agreement) in CredentialRecognition)
        {
            var (file, line) = CheckCorridor(CredentialRecognitionSpec, corridor, countries, At);
            var field = CredentialRecognitionSpec.Field(corridor.ToString());
            RecognitionRateSpec.Check(agreement.Rate, field + "." + RecognitionRateSpec.Name, file, line);
            RecognitionDelaySpec.Check(agreement.DelayYears, field + "." + RecognitionDelaySpec.Name, file, line);
        }

        foreach (var spec in CountrySpecs)
        {
            foreach (var (country, value) in Of(spec))
            {
                var field = spec.Field(country.Code);
                var (file, line) = At(field);
                if (!countries.Contains(country.Code, StringComparer.Ordinal))
                {
                    throw new InputException($"'{country}' is not a country of the scenario ({string.Join(", ", countries)})", file, line, field);
                }

                spec.Check(value, field, file, line);
            }
        }

        CheckYears(baseYear, horizonYear, At);
    }

    private static (string? File, long? Line) CheckCorridor(LeverSpec spec, Corridor corridor, IReadOnlyList<string> countries,
        Func<string, (string? File, long? Line)> at)
    {
        var field = spec.Field(corridor.ToString());
        var location = at(field);
        if (!countries.Contains(corridor.Host.Code, StringComparer.Ordinal) || !countries.Contains(corridor.Origin.Code, StringComparer.Ordinal))
        {
            throw new InputException($"unknown corridor '{corridor}': write HOST-ORIGIN with two different countries of the scenario ({string.Join(", ", countries)})",
                location.File, location.Line, field);
        }

        return location;
    }

    private void CheckYears(int baseYear, int horizonYear, Func<string, (string? File, long? Line)> at)
    {
        if (ExtraAdmissionsYears is not { } years)
        {
            return;
        }

        if (years.First < baseYear || years.Last < years.First || years.Last >= horizonYear)
        {
            var field = ExtraAdmissionsYearsSpec.Field();
            var (file, line) = at(field);
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"the years must lie within the run, first ≤ last, from {baseYear} to {horizonYear - 1}"), file, line, field);
        }
    }
}
