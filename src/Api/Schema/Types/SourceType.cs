using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class SourceType : ObjectGraphType<Source>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A document or dataset that values come from, and the licence they are served under. Cite it with each value.";
        this.NodeId(s => s.Id);
        Field(s => s.Code).Description("Stable code: DOC-002 for a seed document, UN-EGDI-2022 for an imported dataset.");
        Field(s => s.Title).Description("Title in the original language.");
        Field(s => s.TitleEn, nullable: true).Description("English title or gloss where the original is in another language.");
        Field(s => s.Publisher, nullable: true).Description("Who published it, where stated.");
        Field(s => s.PublishedOn, nullable: true).Description("Publication date, as precise as known (2024, 2024-10, 2024-10-10).");
        Field(s => s.Language).Description("Language of the original (BCP 47: vi, en).");
        Field(s => s.DocumentFile, nullable: true).Description("File name of the original document or dataset.");
        Field(s => s.Url, nullable: true).Description("Where the original can be found, where known.");
        Field<NonNullGraphType<SourceKindType>>("kind").Description("What kind of document or dataset it is.").Resolve(ctx => ctx.Source.Kind);
        Field(s => s.Licence).Description("The licence or terms its values are re-used under.");
        Field(s => s.LicenceUrl, nullable: true).Description("Where the licence text is.");
        Field(s => s.Note, nullable: true).Description("Anything a user should know about the source.");
    }
}
