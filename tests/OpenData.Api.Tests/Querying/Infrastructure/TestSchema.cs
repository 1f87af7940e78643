using GraphQL;
using GraphQL.Types;
using OpenData.Api.Querying;

namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>
/// Descriptors of the test model. Static on purpose: descriptors are configuration only, so one set serves the
/// SQLite and the PostgreSQL schema of a fixture (the graph types are per schema, in <see cref="QueryGraphTypes"/>).
/// </summary>
public static class TestDescriptors
{
    public static readonly QueryDescriptor<Country> Country = new("Country");
    public static readonly QueryDescriptor<City> City = new("City");
    public static readonly QueryDescriptor<Measurement> Measurement = new("Measurement");

    static TestDescriptors()
    {
        Country.Key(c => c.Id)
            .Filter(c => c.Code, "code", "ISO 3166-1 alpha-2 code.")
            .Filter(c => c.Name, "name", "Vietnamese name.")
            .Filter(c => c.NameEn, "nameEn", "English name.")
            .Filter(c => c.Continent, "continent", "Continent.")
            .Filter(c => c.Population, "population", "Population.")
            .FilterList(c => c.Cities, "cities", City, "Its cities.")
            .Sort(c => c.Code, "code", "ISO code.")
            .Sort(c => c.NameEn, "nameEn", "English name.")
            .Sort(c => c.Population, "population", "Population.")
            .DefaultOrder(c => c.Code);

        City.Key(c => c.Id)
            .Filter(c => c.Id, "id", "Identifier.")
            .Filter(c => c.Name, "name", "Vietnamese name, with diacritics.")
            .Filter(c => c.NameEn, "nameEn", "English name, when known.")
            .Filter(c => c.Population, "population", "Population, when known.")
            .Filter(c => c.Households, "households", "Number of households.")
            .Filter(c => c.AreaKm2, "areaKm2", "Area in km².")
            .Filter(c => c.Gdp, "gdp", "GDP in billion USD, when known.")
            .Filter(c => c.IsCapital, "isCapital", "Whether it is a national capital.")
            .Filter(c => c.Founded, "founded", "Founding date, when known.")
            .Filter(c => c.UpdatedAt, "updatedAt", "Last update.")
            .Filter(c => c.Kind, "kind", "Kind of city.", typeof(CityKindGraphType))
            .Filter(c => c.Climate, "climate", "Climate, when known.")
            .FilterRelation(c => c.Country, "country", Country, "The country (none for Nowhere).")
            .FilterList(c => c.Measurements, "measurements", Measurement, "Its measurements.")
            .Sort(c => c.Name, "name", "Vietnamese name.")
            .Sort(c => c.NameEn, "nameEn", "English name.")
            .Sort(c => c.Population, "population", "Population.")
            .Sort(c => c.Households, "households", "Households.")
            .Sort(c => c.AreaKm2, "areaKm2", "Area.")
            .Sort(c => c.Kind, "kind", "Kind.")
            .Sort(c => c.Gdp, "gdp", "GDP.")
            .Sort(c => c.IsCapital, "isCapital", "Capital first when descending.")
            .Sort(c => c.Founded, "founded", "Founding date.")
            .Sort(c => c.UpdatedAt, "updatedAt", "Last update.")
            .Sort(c => c.Climate, "climate", "Climate.")
            .SortRelation(c => c.Country, "country", Country, "By the country's fields.")
            .DefaultOrder(c => c.Name)
            .Projects("label", c => c.Name, c => c.NameEn)
            .Projects("country", c => c.Country)
            .Projects("countryCode", c => c.Country!.Code);

        Measurement.Key(m => m.Id)
            .Filter(m => m.Day, "day", "Day measured.")
            .Filter(m => m.Value, "value", "Value, when known.")
            .Filter(m => m.Note, "note", "Note, when any.")
            .FilterRelation(m => m.City, "city", City, "The city measured.")
            .Sort(m => m.Day, "day", "Day.")
            .Sort(m => m.Value, "value", "Value.")
            .SortRelation(m => m.City, "city", City, "By the city's fields.")
            .DefaultOrder(m => m.Day);
    }
}

public sealed class CityKindGraphType : EnumerationGraphType<CityKind>
{
    public CityKindGraphType()
    {
        Name = "CityKind";
        Description = "Kind of city.";
        Add("CAPITAL", CityKind.Capital, "A national capital.");
        Add("MUNICIPALITY", CityKind.Municipality, "A municipality.");
        Add("PROVINCE", CityKind.Province, "A provincial city.");
    }
}

public sealed class CountryGraphType : ObjectGraphType<Country>
{
    public CountryGraphType(QueryGraphTypes types)
    {
        Name = "Country";
        Description = "A country.";
        Field(c => c.Id).Description("Identifier.");
        Field(c => c.Code).Description("ISO code.");
        Field(c => c.Name).Description("Vietnamese name.");
        Field(c => c.NameEn, nullable: true).Description("English name.");
        Field(c => c.Population).Description("Population.");
        // A nested connection: the same descriptors as the root fields, so the same QueryGraphTypes instance.
        this.ConnectionField<CityGraphType, City, QueryingTestDbContext>("cities", TestDescriptors.City, "Its cities.",
            (db, context) => db.Cities.Where(c => c.CountryId == ((Country)context.Source!).Id), types);
    }
}

public sealed class CityGraphType : ObjectGraphType<City>
{
    public CityGraphType()
    {
        Name = "City";
        Description = "A city.";
        Field(c => c.Id).Description("Identifier.");
        Field(c => c.Name).Description("Vietnamese name.");
        Field(c => c.NameEn, nullable: true).Description("English name.");
        Field(c => c.Population, nullable: true).Description("Population.");
        Field(c => c.Households).Description("Households.");
        Field(c => c.AreaKm2, nullable: true).Description("Area.");
        Field(c => c.Gdp, nullable: true).Description("GDP.");
        Field(c => c.IsCapital).Description("Capital.");
        Field(c => c.Founded, nullable: true).Description("Founded.");
        Field(c => c.UpdatedAt).Description("Updated.");
        Field<NonNullGraphType<CityKindGraphType>>("kind").Description("Kind.").Resolve(c => c.Source.Kind);
        Field<EnumerationGraphType<Climate>>("climate").Description("Climate.").Resolve(c => c.Source.Climate);
        Field<StringGraphType>("label").Description("Both names.").Resolve(c => c.Source.NameEn is null ? c.Source.Name : $"{c.Source.Name} ({c.Source.NameEn})");
        Field<StringGraphType>("countryCode").Description("The country's code.").Resolve(c => c.Source.Country?.Code);
        Field<CountryGraphType>("country").Description("The country.").Resolve(c => c.Source.Country);
        // Not declared to the descriptor: selecting it makes the query load whole rows.
        Field<IntGraphType>("nameLength").Description("Length of the name.").Resolve(c => c.Source.Name.Length);
    }
}

public sealed class MeasurementGraphType : ObjectGraphType<Measurement>
{
    public MeasurementGraphType()
    {
        Name = "Measurement";
        Description = "A measurement.";
        Field(m => m.Id).Description("Identifier.");
        Field(m => m.Day).Description("Day.");
        Field(m => m.Value, nullable: true).Description("Value.");
        Field(m => m.Note, nullable: true).Description("Note.");
    }
}

public sealed class QueryingTestQuery : ObjectGraphType
{
    public QueryingTestQuery(QueryGraphTypes types)
    {
        Name = "Query";
        Description = "Test root.";
        this.ConnectionField<CityGraphType, City, QueryingTestDbContext>("cities", TestDescriptors.City, "Cities, filtered, ordered and paged.", db => db.Cities, types);
        this.ConnectionField<CountryGraphType, Country, QueryingTestDbContext>("countries", TestDescriptors.Country, "Countries.", db => db.Countries, types);
        this.ConnectionField<MeasurementGraphType, Measurement, QueryingTestDbContext>("measurements", TestDescriptors.Measurement, "Measurements.", db => db.Measurements, types);
    }
}

public sealed class QueryingTestSchema : GraphQL.Types.Schema
{
    public QueryingTestSchema(IServiceProvider services, QueryingTestQuery query) : base(services)
    {
        Query = query;
    }
}
