using System.Text.Json;

namespace Continuum.Web.Tests;

/// <summary>Reads the model pages' common answer (<c>ModelResult</c>).</summary>
internal static class ModelJson
{
    public static List<JsonElement> Rows(JsonElement body) => body.GetProperty("table").GetProperty("rows").EnumerateArray().ToList();

    public static double Cell(JsonElement row, JsonElement body, string column)
    {
        var columns = body.GetProperty("table").GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var index = columns.IndexOf(column);
        Assert.True(index >= 0, $"no column {column}");
        return row[index].GetDouble();
    }

    public static JsonElement Row(JsonElement body, string first, string second) =>
        Rows(body).Single(r => r[0].GetString() == first && r[1].GetString() == second);

    public static double Value(JsonElement body, string name) =>
        body.GetProperty("summary").EnumerateArray().Single(v => v.GetProperty("name").GetString() == name).GetProperty("value").GetDouble();

    public static JsonElement Chart(JsonElement body, string id) =>
        body.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
}
