using System.Text;

namespace Continuum.Web.Models;

/// <summary>A CSV sent to a model endpoint as the request body: bounded in size and read as UTF-8 text, never stored under a name from the request.</summary>
public static class ModelUpload
{
    /// <summary>Largest file accepted, bytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The name an uploaded file has in error messages (never the server's path).</summary>
    public const string Name = "upload";

    /// <summary>Reads at most <see cref="MaxBytes"/> of <paramref name="body"/> as UTF-8 text; null when it is larger.</summary>
    public static async Task<string?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>
    /// Runs <paramref name="parse"/> with the uploaded file's name <see cref="Name"/> (a reader's <c>Parse(name, text)</c>
    /// and whatever uses its result); errors about that file are <see cref="Located"/>. Nothing touches the file system.
    /// </summary>
    public static T Parse<T>(Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse(Name);
        }
        catch (InputException ex) when (ex.File == Name)
        {
            throw Located(ex);
        }
    }

    /// <summary>
    /// An error in an uploaded file as a web error: the message is the command line's with the file called
    /// <see cref="Name"/> (<c>upload:3: field 'farm': …</c>), the field is the column (or <c>body</c>).
    /// </summary>
    public static InputException Located(InputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var located = new InputException(error.Problem, Name, error.Line, error.Field);
        return new InputException(located.Message, field: error.Field ?? "body", inner: error);
    }
}
