using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>
/// Turns a publisher's country name or ISO3 code into a country <see cref="Area"/>: exact name first
/// (trimmed, case-insensitive), then the alias table. Anything else is an error at the cell it came from.
/// </summary>
internal sealed class CountryResolver
{
    private readonly Dictionary<string, int> _idByCode;
    private readonly Dictionary<string, string?> _codeByName;
    private readonly AliasTable _aliases;

    private CountryResolver(Dictionary<string, int> idByCode, Dictionary<string, string?> codeByName, AliasTable aliases)
    {
        _idByCode = idByCode;
        _codeByName = codeByName;
        _aliases = aliases;
    }

    public static async Task<CountryResolver> LoadAsync(OpenDataDbContext db, AliasTable aliases, CancellationToken ct)
    {
        var countries = await db.Areas.Where(a => a.Kind == AreaKind.Country)
            .Select(a => new { a.Id, a.Code, a.NameEn }).ToListAsync(ct);
        var idByCode = countries.ToDictionary(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase);
        var codeByName = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries)
        {
            var name = CountryNames.Normalize(c.NameEn);
            // Two countries with one name would make the match a guess: mark it ambiguous.
            codeByName[name] = codeByName.ContainsKey(name) ? null : c.Code;
        }
        return new CountryResolver(idByCode, codeByName, aliases);
    }

    public int ResolveCode(CsvRow row, int column)
    {
        var code = row.Text(column).ToUpperInvariant();
        if (!CountryNames.IsAlpha3(code)) throw row.Error(column, $"'{row.Text(column)}' is not an ISO 3166-1 alpha-3 code");
        return _idByCode.TryGetValue(code, out var id) ? id : throw NoArea(row, column, code, $"code {code}");
    }

    public int ResolveName(CsvRow row, int column)
    {
        var name = CountryNames.Normalize(row.Text(column));
        if (_codeByName.TryGetValue(name, out var code))
        {
            if (code is null) throw row.Error(column, $"country name '{name}' matches more than one country area; add an alias to {_aliases.Path}");
            return _idByCode[code];
        }
        if (_aliases.Find(name) is { } alias)
            return _idByCode.TryGetValue(alias, out var id) ? id : throw NoArea(row, column, alias, $"'{name}' (alias of {alias})");
        var hint = _aliases.Exists ? $"add a row '{name},<ISO3>,<note>' to {_aliases.Path}" : $"the alias table {_aliases.Path} does not exist";
        throw row.Error(column, $"unknown country name '{name}': no country area has this name and no alias maps it; {hint}");
    }

    private ImportException NoArea(CsvRow row, int column, string code, string what) =>
        _idByCode.Count == 0
            ? row.Error(column, $"{what}: there are no country areas yet; run `import iso3166 <all.csv>` first")
            : row.Error(column, $"{what}: there is no country area {code}; run `import iso3166 <all.csv>` first (or check the code)");
}
