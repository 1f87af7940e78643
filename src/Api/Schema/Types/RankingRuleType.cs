using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class RankingRuleType : EnumerationGraphType<RankingRule>
{
    public RankingRuleType()
    {
        Name = "RankingRule";
        Description = "How a ranking index turns scores into ranks, which decides how ties are ranked.";
    }
}
