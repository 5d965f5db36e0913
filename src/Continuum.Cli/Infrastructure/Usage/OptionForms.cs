namespace Continuum.Cli.Infrastructure.Usage;

/// <summary>What a value of an option's type looks like, in words, for error messages.</summary>
public static class OptionForms
{
    /// <summary>"a whole number", "a number", "one of table, csv, json" … for the CLR type name Spectre reports.</summary>
    public static string Expected(string clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        var type = Type.GetType(clrType) ?? typeof(CliApp).Assembly.GetType(clrType);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null)
        {
            return "a value of another form";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => "a whole number, 0 or more",
            TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number such as 0.25",
            TypeCode.Boolean => "true or false",
            TypeCode.DateTime => "a date such as 2024-12-31",
            _ => "a value of another form",
        };
    }
}
