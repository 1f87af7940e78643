using GraphQL.Types;

namespace OpenData.Api.Schema.Types;

/// <summary>Language of a name.</summary>
public enum Language { EN, VI }

public sealed class LanguageType : EnumerationGraphType<Language>
{
    public LanguageType()
    {
        Name = "Language";
        Description = "Language of a name: English or Vietnamese.";
        Add("EN", Language.EN, "English.");
        Add("VI", Language.VI, "Vietnamese (tiếng Việt), with diacritics.");
    }
}
