using System.Globalization;
using System.Text.Json;
using Continuum.Data.Areas;
using Continuum.Data.Store;

namespace Continuum.Data.Formats;

/// <summary>
/// Reads one page of a World Bank API v2 JSON response: <c>[ {page, pages, per_page, total, lastupdated, …}, [obs, …] ]</c>.
/// Each observation gives <c>indicator.id</c>, <c>countryiso3code</c> (resolved as a World Bank code), <c>date</c>
/// ("2009" or "2011Q1"; Year = first four digits) and <c>value</c> (null = missing, never 0). The error shape
/// <c>[{"message":[{"id","key","value"}]}]</c> is an <see cref="InputException"/> carrying the API's message.
/// Unit: the observation's <c>unit</c> when given, else "current US$" for codes containing ".CD", "percent" for
/// ".ZS", "persons" for ".POP.TOTL", else "". Source "World Bank WDI (API v2)", Vintage "WDI yyyy-MM-dd" from
/// <c>lastupdated</c>. Errors name the observation's 1-based index as the row.
/// </summary>
public static class WbApiJsonReader
{
    /// <summary>Reads <paramref name="path"/> with the shipped area table.</summary>
    public static ReadResult Read(string path) => Read(path, AreaRegistry.LoadDefault());

    /// <summary>Reads <paramref name="path"/>, resolving codes with <paramref name="areas"/>.</summary>
    public static ReadResult Read(string path, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return ReadDocument(doc.RootElement, path, areas);
        }
        catch (JsonException ex)
        {
            throw new InputException($"the file is not valid JSON (truncated?): {ex.Message}", path, (ex.LineNumber ?? 0) + 1, inner: ex);
        }
        catch (InvalidOperationException ex)
        {
            // JsonElement.GetString/GetDouble on a value of the wrong JSON type.
            throw new InputException($"a field has the wrong JSON type ({ex.Message})", path, inner: ex);
        }
    }

    private static ReadResult ReadDocument(JsonElement root, string path, AreaRegistry areas)
    {
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0 || root[0].ValueKind != JsonValueKind.Object)
        {
            throw new InputException("expected a World Bank API v2 array [ {paging header}, [observations] ]", path, 1);
        }

        var header = root[0];
        if (header.TryGetProperty("message", out var message))
        {
            throw new InputException("the World Bank API returned an error: " + ApiMessage(message), path, 1, "message");
        }

        if (root.GetArrayLength() != 2 || !header.TryGetProperty("lastupdated", out var updated))
        {
            throw new InputException("expected two elements, a paging header with 'lastupdated' and the observations", path, 1);
        }

        var vintage = "WDI " + updated.GetString();
        var buffer = new ObservationBuffer(path);
        if (root[1].ValueKind == JsonValueKind.Array)
        {
            var row = 0;
            foreach (var o in root[1].EnumerateArray())
            {
                row++;
                AddObservation(o, row, path, areas, buffer);
            }
        }

        return new ReadResult(new DatasetInfo("World Bank WDI (API v2)", vintage, FormatNames.WbApiJson, path), buffer.Observations);
    }

    private static void AddObservation(JsonElement o, int row, string path, AreaRegistry areas, ObservationBuffer buffer)
    {
        var value = Property(o, "value", path, row);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw new InputException($"'{value}' is not a number or null", path, row, "value");
        }

        var indicator = Property(Property(o, "indicator", path, row), "id", path, row).GetString() ?? string.Empty;
        var area = areas.ResolveOrThrow(Property(o, "countryiso3code", path, row).GetString() ?? string.Empty, AreaSchemes.WorldBank, path, row, "countryiso3code");
        var date = Property(o, "date", path, row).GetString() ?? string.Empty;
        if (date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            throw new InputException($"'{date}' is not a year", path, row, "date");
        }

        var unit = o.TryGetProperty("unit", out var u) && u.GetString() is { Length: > 0 } given ? given : UnitOf(indicator);
        buffer.Add(new Observation(indicator, area, date, year, value.GetDouble(), unit), row, "value");
    }

    private static JsonElement Property(JsonElement o, string name, string path, int row) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var p)
            ? p
            : throw new InputException($"observation {row} has no '{name}'", path, row, name);

    /// <summary>The unit implied by a WDI code's suffix, for rows whose <c>unit</c> is empty.</summary>
    public static string UnitOf(string indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Contains(".CD", StringComparison.Ordinal) ? "current US$"
            : indicator.EndsWith(".ZS", StringComparison.Ordinal) ? "percent"
            : indicator.EndsWith(".POP.TOTL", StringComparison.Ordinal) ? "persons"
            : string.Empty;
    }

    private static string ApiMessage(JsonElement message) =>
        message.ValueKind != JsonValueKind.Array
            ? message.ToString()
            : string.Join("; ", message.EnumerateArray().Select(m =>
                m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.ToString() : m.ToString()));
}
