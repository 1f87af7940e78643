namespace OpenData.Api.Querying;

/// <summary>How string operators compare: exactly, or ignoring case and diacritics (the <c>mode</c> field).</summary>
public enum StringMatchMode
{
    /// <summary>Exact comparison, case- and accent-sensitive.</summary>
    Exact,
    /// <summary>Case- and accent-insensitive: both sides folded (lower case, diacritics removed) before comparing.</summary>
    Insensitive,
}
