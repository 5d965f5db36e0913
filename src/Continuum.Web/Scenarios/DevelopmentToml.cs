using System.Globalization;
using System.Text;
using Continuum.Data.Development;
using Continuum.Web.Api;

namespace Continuum.Web.Scenarios;

/// <summary>
/// Writes <see cref="DevelopmentSettings"/> as a scenario file's <c>[development]</c> table and reads them back from
/// <see cref="DevelopmentLeverFile"/> levers. Every key is checked (ISO3, "AAA-BBB" or "ALL") before it reaches the
/// TOML text, so request text can never add a table or a key of its own.
/// </summary>
public static class DevelopmentToml
{
    /// <summary>Appends the <c>[development]</c> table for <paramref name="settings"/> (nothing when null or empty).</summary>
    public static void Append(StringBuilder toml, DevelopmentSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(toml);
        if (settings is null)
        {
            return;
        }

        var body = new StringBuilder();
        if (settings.UnderemploymentPenalty is { } penalty)
        {
            body.Append("underemployment_penalty = ").Append(Number(penalty)).Append('\n');
        }

        if (settings.ExtraAdmissionsYears is { } years)
        {
            if (years.Length != 2)
            {
                throw new InputException("give [first, last], two years", field: "development.extra_admissions_years");
            }

            body.Append(CultureInfo.InvariantCulture, $"extra_admissions_years = [{years[0]}, {years[1]}]\n");
        }

        Table(body, "development.remittance_cost", settings.RemittanceCost, k => k == "ALL" || IsCorridor(k));
        Table(body, "development.return_premium", settings.ReturnPremium, IsIso3);
        Table(body, "development.return_incentive", settings.ReturnIncentive, IsIso3);
        Table(body, "development.education_elasticity", settings.EducationElasticity, IsIso3);
        Table(body, "development.extra_admissions", settings.ExtraAdmissions, IsIso3);
        foreach (var (corridor, agreement) in settings.CredentialRecognition ?? [])
        {
            CheckKey("development.credential_recognition", corridor, IsCorridor);
            if (agreement is null)
            {
                throw new InputException("write {\"rate\": 0.8, \"delayYears\": 1}", field: $"development.credential_recognition.{corridor}");
            }

            body.Append("[development.credential_recognition.").Append(corridor).Append("]\nrate = ").Append(Number(agreement.Rate))
                .Append("\ndelay_years = ").Append(Number(agreement.DelayYears)).Append('\n');
        }

        if (body.Length > 0)
        {
            toml.Append("[development]\n").Append(body);
        }
    }

    /// <summary>The settings of <paramref name="levers"/> (as read from a scenario file and its parents).</summary>
    public static DevelopmentSettings FromLevers(IEnumerable<DevelopmentLever> levers)
    {
        ArgumentNullException.ThrowIfNull(levers);
        var list = levers.ToList();
        Dictionary<string, double>? Of(string lever)
        {
            var d = list.Where(l => l.Lever == lever).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal);
            return d.Count == 0 ? null : d;
        }

        var recognition = list.Where(l => l.Lever == "credential_recognition")
            .ToDictionary(l => l.Key, l => new RecognitionAgreement(l.Value, l.DelayYears), StringComparer.Ordinal);
        var years = list.FirstOrDefault(l => l.Lever == "extra_admissions_years");
        return new DevelopmentSettings(Of("remittance_cost"), recognition.Count == 0 ? null : recognition, Of("return_premium"),
            Of("return_incentive"), Of("education_elasticity"), Of("extra_admissions"),
            years is null ? null : [(int)years.Value, (int)years.DelayYears],
            list.FirstOrDefault(l => l.Lever == "underemployment_penalty")?.Value);
    }

    /// <summary>True for three uppercase ASCII letters.</summary>
    public static bool IsIso3(string key) => key is { Length: 3 } && key.All(char.IsAsciiLetterUpper);

    /// <summary>True for "AAA-BBB" (two ISO3 codes).</summary>
    public static bool IsCorridor(string key) => key is { Length: 7 } && key[3] == '-' && IsIso3(key[..3]) && IsIso3(key[4..]);

    /// <summary>
    /// Appends the TOML table <paramref name="table"/> (e.g. <c>admissions</c> or <c>development.return_premium</c>) with one
    /// line per key, after checking every key with <paramref name="valid"/>; nothing when <paramref name="values"/> is empty.
    /// The engine lever tables of a web run are written by this too.
    /// </summary>
    internal static void Table(StringBuilder body, string table, Dictionary<string, double>? values, Func<string, bool> valid)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        body.Append('[').Append(table).Append("]\n");
        foreach (var (key, value) in values)
        {
            CheckKey(table, key, valid);
            body.Append(key).Append(" = ").Append(Number(value)).Append('\n');
        }
    }

    private static void CheckKey(string table, string key, Func<string, bool> valid)
    {
        if (!valid(key))
        {
            var shape = table is "development.remittance_cost" ? "a corridor SENDER-RECEIVER (e.g. USA-MEX) or ALL"
                : table is "development.credential_recognition" ? "a corridor HOST-ORIGIN (e.g. CAN-PHL)" : "an ISO3 country code";
            throw new InputException($"'{QueryArgs.Clip(key)}' is not {shape}", field: $"{table}.{QueryArgs.Clip(key)}");
        }
    }

    private static string Number(double value) => value.ToString("0.0###########", CultureInfo.InvariantCulture);
}
