using GraphQL;
using GraphQL.Types;

namespace OpenData.Api.Schema.Types;

/// <summary>Fields that several types share, written once.</summary>
internal static class CommonFields
{
    /// <summary>Implements Node: a global ID made of the GraphQL type name and the database key.</summary>
    public static void NodeId<T>(this ObjectGraphType<T> type, Func<T, int> key)
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque, stable global ID; pass it to node(id:) to fetch this object again.")
            .Resolve(ctx => GlobalId.Encode(type.Name, key(ctx.Source)));
    }

    /// <summary><c>name(lang: EN|VI)</c>, falling back to English where no Vietnamese name is recorded.</summary>
    public static void LocalizedName<T>(this ObjectGraphType<T> type, Func<T, string> english, Func<T, string?> vietnamese)
    {
        type.Field<NonNullGraphType<StringGraphType>>("name")
            .Description("Name in the language asked for; English where no Vietnamese name is recorded.")
            .Argument<NonNullGraphType<LanguageType>>("lang", a =>
            {
                a.DefaultValue = Language.EN;
                a.Description = "Language of the name: EN (default) or VI.";
            })
            .Resolve(ctx => ctx.GetArgument<Language>("lang") == Language.VI ? vietnamese(ctx.Source) ?? english(ctx.Source) : english(ctx.Source));
    }
}
