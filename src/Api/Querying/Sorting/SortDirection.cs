namespace OpenData.Api.Querying;

/// <summary>Direction of one sort key. Nulls sort as the largest value: last ascending, first descending.</summary>
public enum SortDirection
{
    /// <summary>Smallest first; null last.</summary>
    Ascending,
    /// <summary>Largest first; null first.</summary>
    Descending,
}
