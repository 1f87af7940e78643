namespace OpenData.Api.Querying;

/// <summary>What an operator's input field takes, which decides its GraphQL type.</summary>
public enum FilterOperand
{
    /// <summary>One value of the member's scalar type (<c>eq: String</c>).</summary>
    Value,
    /// <summary>A list of values of the member's scalar type (<c>in: [String]</c>).</summary>
    List,
    /// <summary>A Boolean, whatever the member's type (<c>any: Boolean</c>).</summary>
    Boolean,
    /// <summary>The related entity's filter input (<c>some: CityFilterInput</c>); for list operators.</summary>
    Filter,
}
