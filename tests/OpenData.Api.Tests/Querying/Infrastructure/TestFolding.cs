using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>
/// The tests' own fold function (the idea of the API's od_fold, not a reference to it): lower case, diacritics
/// removed, đ → d. Registered on each SQLite connection; created with unaccent on PostgreSQL.
/// </summary>
public static class TestFolding
{
    public const string FunctionName = "test_fold";

    public static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public const string PostgresDefinition = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE OR REPLACE FUNCTION test_fold(text) RETURNS text
          LANGUAGE sql IMMUTABLE PARALLEL SAFE
          AS $$ SELECT lower(translate(public.unaccent('public.unaccent'::regdictionary, $1), 'đĐ', 'dd')) $$;
        """;

    /// <summary>Adds <c>test_fold</c> to every SQLite connection EF opens.</summary>
    public sealed class SqliteInterceptor : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (connection is SqliteConnection sqlite)
                sqlite.CreateFunction<string?, string?>(FunctionName, v => v is null ? null : Fold(v), isDeterministic: true);
        }

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ConnectionOpened(connection, eventData);
            return Task.CompletedTask;
        }
    }
}
