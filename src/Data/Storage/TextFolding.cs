using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace OpenData.Data.Storage;

/// <summary>
/// Case- and accent-insensitive matching ("Hai Phong" finds "Hải Phòng") as a database function named
/// <see cref="FunctionName"/>, so filters stay in SQL on both providers.
/// </summary>
public static class TextFolding
{
    public const string FunctionName = "od_fold";

    /// <summary>The same folding in .NET: NFD, drop combining marks, đ → d, lower-case invariant.</summary>
    public static string Fold(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Registers the function on a SQLite connection; deterministic so SQLite may use it in indexes.</summary>
    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction<string?, string?>(FunctionName, v => v is null ? null : Fold(v), isDeterministic: true);

    /// <summary>PostgreSQL: the same mapping with <c>unaccent</c> (contrib, shipped with Debian's server package).</summary>
    public const string PostgresDefinition = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE OR REPLACE FUNCTION od_fold(text) RETURNS text
          LANGUAGE sql IMMUTABLE PARALLEL SAFE
          AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, $1), 'đĐ', 'dd')) $$;
        """;
}
