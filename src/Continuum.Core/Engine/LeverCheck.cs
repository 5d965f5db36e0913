using System.Globalization;
using Continuum.Core.Inputs;

namespace Continuum.Core.Engine;

/// <summary>Checks before a run that the levers keep every light person's move probability within [0, 1].</summary>
internal static class LeverCheck
{
    public static void Validate(SimulationInputs inputs)
    {
        var dims = inputs.Dimensions;
        var c = dims.CountryCount;
        var m = inputs.Migration;
        for (var o = 0; o < c; o++)
        {
            for (var s = 0; s < 2; s++)
            {
                var os = (o * 2) + s;
                var total = 0.0;
                for (var d = 0; d < c; d++)
                {
                    total += m.EmigrationProbability[(os * c) + d];
                }

                var maxAge = MaxOf(m.EmigrationAgeRelativeRisk, os * Dimensions.Ages, Dimensions.Ages);
                var maxEdu = MaxOf(m.EmigrationEducationRelativeRisk, o * Dimensions.EducationLevels, Dimensions.EducationLevels);
                var peak = total * maxAge * maxEdu * inputs.Levers.EmigrationRateMultiplier[o];
                Check(peak, $"emigration_rate_multiplier.{dims.Countries[o]}");
            }

            var maxDuration = MaxOf(m.ReturnDurationRelativeRisk, 0, m.ReturnDurationRelativeRisk.Length);
            for (var r = 0; r < c; r++)
            {
                var onward = 0.0;
                for (var d = 0; d < c; d++)
                {
                    onward += m.OnwardProbability[(r * c) + d];
                }

                var peak = (m.ReturnProbability[(r * c) + o] * maxDuration * inputs.Levers.ReturnHazardMultiplier[o]) + onward;
                Check(peak, $"return_hazard_multiplier.{dims.Countries[o]}");
            }
        }
    }

    private static double MaxOf(double[] values, int offset, int length)
    {
        var max = 0.0;
        for (var k = 0; k < length; k++)
        {
            max = Math.Max(max, values[offset + k]);
        }

        return max;
    }

    private static void Check(double probability, string lever)
    {
        if (probability > 1)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"makes a yearly move probability of {probability:0.###}, outside [0, 1]; lower the lever"), field: lever);
        }
    }
}
