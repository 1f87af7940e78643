namespace OpenData.Data.Import;

/// <summary>How far an import is: rows of the file written (or confirmed unchanged) out of all rows.</summary>
public readonly record struct ImportProgress(int Done, int Total, string Stage);
