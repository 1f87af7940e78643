namespace OpenData.Data.Import;

/// <summary>What an import needs besides the file: where the country-name aliases are and any overrides.</summary>
public sealed record ImportContext(string AliasTablePath)
{
    public const string AliasFileName = "country-aliases.csv";

    /// <summary>Edition year for files that carry none (the UNU-EGOV EGDI copies); checked against files that do.</summary>
    public int? Year { get; init; }

    /// <summary>Clock for ImportRecord.ImportedAt and DatasetState.UpdatedAt; tests may pin it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The alias table of a seed folder (<c>seed/country-aliases.csv</c>).</summary>
    public static ImportContext ForSeedFolder(string seedFolder) => new(Path.Combine(seedFolder, AliasFileName));
}
