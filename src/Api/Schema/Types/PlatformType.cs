using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class PlatformType : ObjectGraphType<Platform>
{
    private static readonly ForeignKey<Observation> ObservationsOfPlatform = new(o => o.PlatformId ?? 0);

    public PlatformType()
    {
        Name = "Platform";
        Description = "A named digital platform that some observations are about (VNeID, OneTouch, NDXP, ...).";
        this.NodeId(p => p.Id);
        Field(p => p.Code).Description("Stable code.");
        this.LocalizedName(p => p.NameEn, p => p.NameVi);
        Field(p => p.NameEn).Description("English name.");
        Field(p => p.NameVi, nullable: true).Description("Vietnamese name.");
        Field(p => p.Description, nullable: true).Description("What the platform is, as the sources describe it.");
        Field(p => p.Domestic).Description("True for platforms built in Viet Nam.");
        Field(p => p.Url, nullable: true).Description("The platform's address, where stated.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("observations")
            .Description("Observations about this platform, by period.")
            .Resolve(ctx => EntityLoaders.ByParent<Observation>(ctx, "Platform.observations", ctx.Source.Id, ObservationsOfPlatform,
                q => q.OrderBy(o => o.PeriodStart).ThenBy(o => o.Id)));
    }
}
