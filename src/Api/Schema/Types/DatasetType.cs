using GraphQL.Types;
using OpenData.Data.Storage;

namespace OpenData.Api.Schema.Types;

public sealed class DatasetType : ObjectGraphType<DatasetInfo>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "The dataset as a whole: cite its version together with each value's source.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the dataset.").Resolve(_ => DatasetInfo.Name);
        Field(d => d.Version).Description("Changes whenever the data changes (a new seed or an import); responses can be cached against it.");
        Field(d => d.BuiltAt).Description("When the database was built from the seed files.");
        Field(d => d.UpdatedAt).Description("When the data last changed.");
        Field<NonNullGraphType<StringGraphType>>("licence").Description("How the data may be re-used: each value keeps its source's licence.").Resolve(_ => DatasetInfo.LicenceNote);
        Field(d => d.Areas).Description("Number of areas.");
        Field(d => d.Sources).Description("Number of sources.");
        Field(d => d.Indicators).Description("Number of indicators.");
        Field(d => d.Observations).Description("Number of observations.");
        Field(d => d.RankingEntries).Description("Number of ranking entries.");
    }
}
