using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Continuum.Web.Api;

/// <summary>Answers of the API: JSON with the web's camelCase naming, and errors as <see cref="ApiError"/>.</summary>
public static class ApiResults
{
    /// <summary>The JSON media type.</summary>
    public const string Json = "application/json; charset=utf-8";

    /// <summary>The media type of every error answer (RFC 9457 problem details; the body is <see cref="ApiError"/>).</summary>
    public const string Problem = "application/problem+json; charset=utf-8";

    /// <summary>Serializes <paramref name="value"/> to UTF-8 JSON bytes.</summary>
    public static byte[] ToJson<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web);

    /// <summary>Already serialized JSON.</summary>
    public static IResult JsonBytes(byte[] body) => Results.Bytes(body, Json);

    /// <summary>The CSV media type.</summary>
    public const string CsvType = "text/csv; charset=utf-8";

    /// <summary>A CSV download (UTF-8, written by <c>Continuum.Data.IO.CsvWriter</c>) named <paramref name="fileName"/>.</summary>
    public static IResult Csv(byte[] body, string fileName) => Results.File(body, CsvType, fileName);

    /// <summary>A CSV download of <paramref name="text"/> named <paramref name="fileName"/>.</summary>
    public static IResult Csv(string text, string fileName) => Csv(System.Text.Encoding.UTF8.GetBytes(text), fileName);

    /// <summary>An error answer with a body naming the problem.</summary>
    public static IResult Error(int status, string error, string? field = null) =>
        Results.Json(new ApiError(status, error, field), JsonSerializerOptions.Web, Problem, status);

    /// <summary>Writes an error answer directly (for middleware).</summary>
    public static Task WriteError(HttpContext context, int status, string error, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.ContentType = Problem;
        return context.Response.Body.WriteAsync(ToJson(new ApiError(status, error, field))).AsTask();
    }
}
