using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class RankingIndexType : ObjectGraphType<RankingIndex>
{
    private static readonly ForeignKey<RankingEdition> EditionsOfIndex = new(e => e.IndexId);

    public RankingIndexType()
    {
        Name = "RankingIndex";
        Description = "An international ranking such as the UN E-Government Development Index (EGDI), WIPO's Global Innovation Index (GII) or ITU's Global Cybersecurity Index (GCI).";
        this.NodeId(i => i.Id);
        Field(i => i.Code).Description("Stable code: EGDI, GII, GCI, ...");
        this.LocalizedName(i => i.NameEn, i => i.NameVi);
        Field(i => i.NameEn).Description("English name.");
        Field(i => i.NameVi, nullable: true).Description("Vietnamese name.");
        Field(i => i.Publisher, nullable: true).Description("Who publishes the index.");
        Field(i => i.Description, nullable: true).Description("What the index measures.");
        Field(i => i.Url, nullable: true).Description("The publisher's page for the index.");
        Field<NonNullGraphType<RankingRuleType>>("rankingRule").Description("How scores become ranks, which decides how ties are ranked.").Resolve(ctx => ctx.Source.RankingRule);
        Field(i => i.HigherScoreIsBetter, nullable: true).Description("Whether a higher score is better; null for rankings without scores.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingEditionType>>>>("editions")
            .Description("Editions, newest first.")
            .Resolve(ctx => EntityLoaders.ByParent<RankingEdition>(ctx, "RankingIndex.editions", ctx.Source.Id, EditionsOfIndex,
                q => q.OrderByDescending(e => e.Year)));
    }
}
