using System.Text;
using OpenData.Data.Seed;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

/// <summary>Malformed seed files are rejected before the database is touched, naming the file, line and column.</summary>
public sealed class SeedFileTests
{
    private const string ObservationHeader = "indicator,area,platform,period,value,low,high,out_of,qualifier,status,derived,source,note\n";

    [Fact]
    public void The_repository_seed_folder_parses()
    {
        var seed = SeedSet.Parse(SeedFiles.Load(RepositoryPaths.Seed));

        Assert.Equal(5, seed.Sources.Count);
        Assert.NotEmpty(seed.Observations);
    }

    [Theory]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Exact,Actual,false,DOC-000,\"open\n", 2, null, "malformed CSV")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Exact,Actual,false,DOC-000\n", 2, null, "malformed CSV")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Roughly,Actual,false,DOC-000,\n", 2, "qualifier", "'Roughly' is not one of Exact, Approximate")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Exact,Actual,maybe,DOC-000,\n", 2, "derived", "'maybe' is not true or false")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021 H1,11.91,,,,Exact,Actual,false,DOC-000,\n", 2, "period", "'2021 H1' is not a period")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Exact,Actual,true,DOC-000,\n", 2, "note", "a derived value needs a note")]
    [InlineData("ECOMMERCE_REVENUE,VNM,,2024,27.7,27.7,,,Range,Forecast,false,DOC-002,\n", 2, "high", "a Range needs both low and high")]
    [InlineData("ECOMMERCE_REVENUE,VNM,,2024,28,27.7,28,,Range,Forecast,false,DOC-002,\n", 2, "value", "for a Range, value is the low end")]
    [InlineData("DX_PLANS_PROVINCES,VNM,,2023,64,,,63,Exact,Actual,false,DOC-004,\n", 2, "value", "greater than out_of")]
    [InlineData("MOBILE_2G_SWITCH_OFF_DATE,VNM,,2024-10-15,1,,,,Exact,Target,false,DOC-002,\n", 2, "value", "is a date")]
    [InlineData("NO_SUCH_INDICATOR,VNM,,2021,1,,,,Exact,Actual,false,DOC-000,\n", 2, "indicator", "'NO_SUCH_INDICATOR' is not defined in indicators.csv")]
    [InlineData("DIGITAL_ECONOMY_GDP_SHARE,XXX,,2021,1,,,,Exact,Actual,false,DOC-000,\n", 2, "area", "'XXX' is not defined in areas.csv")]
    [InlineData("PLATFORM_VISITS,VNM,NOPE,2021,1,,,,Exact,Actual,false,DOC-004,\n", 2, "platform", "'NOPE' is not defined in platforms.csv")]
    public void A_bad_observation_row_is_rejected_with_its_place(string row, int? line, string? column, string message)
    {
        var error = Assert.Throws<SeedException>(() => SeedSet.Parse(WithObservations(ObservationHeader + row)));

        Assert.Equal(SeedFiles.Observations, error.File);
        if (line is not null) Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_duplicate_row_names_the_line_it_repeats()
    {
        const string row = "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,,,,Exact,Actual,false,DOC-000,\n";

        var error = Assert.Throws<SeedException>(() => SeedSet.Parse(WithObservations(ObservationHeader + row + row)));

        Assert.Equal((3, "duplicate of line 2"), (error.Line!.Value, error.Message[(error.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..][..19]));
    }

    [Fact]
    public void An_unknown_or_missing_column_is_rejected_on_the_header_line()
    {
        var unknown = Assert.Throws<SeedException>(() => SeedSet.Parse(WithObservations(ObservationHeader.Replace("note", "notes"))));
        var missing = Assert.Throws<SeedException>(() => SeedSet.Parse(WithObservations(ObservationHeader.Replace(",note", ""))));

        Assert.Equal((1, "notes"), (unknown.Line!.Value, unknown.Column));
        Assert.Equal((1, "note"), (missing.Line!.Value, missing.Column));
    }

    [Fact]
    public void A_file_that_is_not_UTF_8_is_rejected()
    {
        var files = SeedFiles.Load(RepositoryPaths.Seed).Select(f => f.Name == SeedFiles.Areas
            ? f with { Bytes = [.. Encoding.Latin1.GetBytes("code,kind,name_en,name_vi,parent_code,iso2,iso_numeric,region,sub_region\nVNM,Country,Viet Nam,Viêt Nam,,VN,704,,\n")] }
            : f).ToList();

        var error = Assert.Throws<SeedException>(() => SeedSet.Parse(files));

        Assert.Equal($"{SeedFiles.Areas}: the file is not valid UTF-8", error.Message);
    }

    private static List<SeedFile> WithObservations(string text) =>
        SeedFiles.Load(RepositoryPaths.Seed).Select(f => f.Name == SeedFiles.Observations ? f with { Bytes = Encoding.UTF8.GetBytes(text) } : f).ToList();
}
