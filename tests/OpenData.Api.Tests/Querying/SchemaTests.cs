using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Querying.Infrastructure;

namespace OpenData.Api.Tests.Querying;

/// <summary>The generated types: names, shared operator inputs, and a description on every type, field, argument and value.</summary>
public sealed class SchemaTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    private ISchema Schema()
    {
        var schema = fixture[QueryingDatabase.Sqlite].Services.GetRequiredService<QueryingTestSchema>();
        schema.Initialize();
        return schema;
    }

    private static readonly string[] Generated =
    [
        "CityFilterInput", "CountryFilterInput", "MeasurementFilterInput", "CityListFilterInput", "MeasurementListFilterInput",
        "CitySortInput", "CountrySortInput", "MeasurementSortInput", "CityConnection", "CityEdge", "CountryConnection",
        "StringOperationFilterInput", "IntOperationFilterInput", "LongOperationFilterInput", "FloatOperationFilterInput",
        "DecimalOperationFilterInput", "DateOperationFilterInput", "DateTimeOperationFilterInput", "BooleanOperationFilterInput",
        "CityKindOperationFilterInput", "ClimateOperationFilterInput", "ContinentOperationFilterInput", "SortEnumType", "StringMatchMode",
    ];

    [Fact]
    public void Every_generated_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = Schema();
        foreach (var name in Generated)
        {
            var type = schema.AllTypes[name];
            Assert.True(type is not null, $"{name} is missing");
            Assert.False(string.IsNullOrWhiteSpace(type.Description), $"{name} has no description");
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                    Assert.False(string.IsNullOrWhiteSpace(field.Description), $"{name}.{field.Name} has no description");
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    Assert.False(string.IsNullOrWhiteSpace(value.Description), $"{name}.{value.Name} has no description");
        }
        var cities = ((IComplexGraphType)schema.Query!).GetField("cities")!;
        Assert.Equal(["first", "after", "last", "before", "where", "order"], cities.Arguments!.Select(a => a.Name));
        Assert.All(cities.Arguments!, a => Assert.False(string.IsNullOrWhiteSpace(a.Description), a.Name));
    }

    [Fact]
    public void The_operator_inputs_have_HotChocolates_fields()
    {
        var schema = Schema();
        string[] Fields(string type) => ((IComplexGraphType)schema.AllTypes[type]!).Fields.Select(f => f.Name).ToArray();
        Assert.Equal(["eq", "neq", "in", "nin", "contains", "startsWith", "endsWith", "mode"], Fields("StringOperationFilterInput"));
        Assert.Equal(["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte"], Fields("DateOperationFilterInput"));
        Assert.Equal(["eq", "neq"], Fields("BooleanOperationFilterInput"));
        Assert.Equal(["eq", "neq", "in", "nin"], Fields("CityKindOperationFilterInput"));
        Assert.Equal(["some", "all", "none", "any"], Fields("MeasurementListFilterInput"));
        Assert.Equal(["and", "or", "day", "value", "note", "city"], Fields("MeasurementFilterInput"));
        Assert.Equal(["nodes", "edges", "pageInfo", "totalCount"], Fields("CityConnection"));
        var printed = schema.Print();
        Assert.Contains("mode: StringMatchMode = EXACT", printed);
        Assert.Contains("order: [CitySortInput!]", printed);
        Assert.Contains("cities(", printed);
    }

    [Fact]
    public void Root_fields_share_the_owners_types_and_static_descriptors_serve_several_schemas()
    {
        for (var i = 0; i < 2; i++)
        {
            var services = new ServiceCollection();
            services.AddTransient<MeasurementGraphType>().AddTransient<CityKindGraphType>();
            services.AddGraphQL(b => b.AddSystemTextJson());
            using var provider = services.BuildServiceProvider();
            var schema = new GraphQL.Types.Schema(provider) { Query = new DefaultTypesQuery() };
            schema.Initialize();
            Assert.NotNull(schema.AllTypes["MeasurementConnection"]);
            Assert.NotNull(schema.AllTypes["CityFilterInput"]); // reached through measurement.city
        }
    }

    private sealed class DefaultTypesQuery : ObjectGraphType
    {
        public DefaultTypesQuery()
        {
            Name = "Query";
            this.ConnectionField<MeasurementGraphType, Measurement, QueryingTestDbContext>("measurements", TestDescriptors.Measurement, "All measurements.", db => db.Measurements);
            this.ConnectionField<MeasurementGraphType, Measurement, QueryingTestDbContext>("knownMeasurements", TestDescriptors.Measurement, "Measurements with a value.", db => db.Measurements.Where(m => m.Value != null));
        }
    }

    [Fact]
    public void Two_descriptors_with_one_name_are_refused()
    {
        var types = new QueryGraphTypes();
        types.FilterInput(new QueryDescriptor<City>("Town").Key(c => c.Id).Filter(c => c.Name, "name", "Name."));
        var error = Assert.Throws<InvalidOperationException>(() => types.FilterInput(new QueryDescriptor<Country>("Town").Key(c => c.Id)));
        Assert.Contains("TownFilterInput", error.Message);
    }

    [Fact]
    public void Descriptor_configuration_mistakes_fail_when_the_schema_is_built()
    {
        var descriptor = new QueryDescriptor<City>("Town").Key(c => c.Id).Filter(c => c.Name, "name", "Name.");
        Assert.Throws<ArgumentException>(() => descriptor.Filter(c => c.NameEn, "nameEn", " "));
        Assert.Throws<ArgumentException>(() => descriptor.Filter(c => c.Name, "name", "Twice."));
        Assert.Throws<ArgumentException>(() => descriptor.Filter(c => c.Name, "and", "Reserved."));
        Assert.Throws<ArgumentException>(() => descriptor.Filter(c => c.Name.ToUpper(), "upper", "Not a member."));
        Assert.Throws<ArgumentException>(() => descriptor.Filter(c => c.Country, "country", "Not a scalar."));
        Assert.Throws<ArgumentException>(() => descriptor.Key(c => c.Population));
        Assert.Throws<ArgumentException>(() => new QueryDescriptor<City>("Not a name"));
    }
}
