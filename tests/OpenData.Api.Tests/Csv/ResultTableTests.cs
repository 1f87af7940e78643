using System.Text.Json;
using OpenData.Api.Csv;

namespace OpenData.Api.Tests.Csv;

public sealed class ResultTableTests
{
    private static ResultTable Flatten(string json) => ResultTable.From(JsonDocument.Parse(json).RootElement);

    private static string[][] Cells(ResultTable table) =>
        table.Rows.Select(row => table.Columns.Select(c => row.GetValueOrDefault(c, "")).ToArray()).ToArray();

    [Fact]
    public void The_first_list_gives_the_rows_and_nested_objects_give_dotted_columns()
    {
        var table = Flatten("""
            {"area":{"name":"Việt Nam","latestRankings":[
              {"edition":{"year":2024,"index":{"code":"EGDI"}},"rank":71,"derived":false},
              {"edition":{"year":2023,"index":{"code":"GII"}},"rank":44,"derived":true}]}}
            """);
        Assert.Equal(["edition.year", "edition.index.code", "rank", "derived"], table.Columns);
        Assert.Equal([["2024", "EGDI", "71", "false"], ["2023", "GII", "44", "true"]], Cells(table));
    }

    [Fact]
    public void A_list_inside_each_row_is_unnested_with_the_row_repeated()
    {
        var table = Flatten("""
            {"rankingIndex":{"editions":[
              {"year":2022,"entries":[{"rank":86,"area":{"code":"VNM"}},{"rank":1,"area":{"code":"DNK"}}]},
              {"year":2024,"entries":[{"rank":71,"area":{"code":"VNM"}}]}]}}
            """);
        Assert.Equal(["year", "entries.rank", "entries.area.code"], table.Columns);
        Assert.Equal([["2022", "86", "VNM"], ["2022", "1", "DNK"], ["2024", "71", "VNM"]], Cells(table));
    }

    [Fact]
    public void A_row_whose_nested_list_is_empty_or_null_stays_with_empty_cells()
    {
        var table = Flatten("""
            {"editions":[{"year":2020,"entries":[]},{"year":2022,"entries":null},{"year":2024,"entries":[{"rank":71}]}]}
            """);
        Assert.Equal(["year", "entries.rank"], table.Columns);
        Assert.Equal([["2020", ""], ["2022", ""], ["2024", "71"]], Cells(table));
    }

    [Fact]
    public void Lists_other_than_the_unnested_one_are_kept_as_json_in_one_cell()
    {
        var table = Flatten("""
            {"areas":[{"code":"VN-HP","tags":["cảng","biển"],"children":[{"code":"A"}]}]}
            """);
        // The first list in the row (tags) is unnested; children stays whole.
        Assert.Equal(["code", "tags", "children"], table.Columns);
        Assert.Equal([["VN-HP", "cảng", """[{"code":"A"}]"""], ["VN-HP", "biển", """[{"code":"A"}]"""]], Cells(table));
    }

    [Fact]
    public void A_field_first_seen_in_a_later_row_keeps_its_place_in_the_field_order()
    {
        var table = Flatten("""
            {"series":[{"period":"2021","source":null,"value":1},{"period":"2022","source":{"code":"DOC-000"},"value":2}]}
            """);
        Assert.Equal(["period", "source.code", "value"], table.Columns);
        Assert.Equal([["2021", "", "1"], ["2022", "DOC-000", "2"]], Cells(table));
    }

    [Fact]
    public void A_list_of_scalars_is_one_column_named_after_the_field()
    {
        var table = Flatten("""{"area":{"codes":["VNM","WLD"]}}""");
        Assert.Equal(["codes"], table.Columns);
        Assert.Equal([["VNM"], ["WLD"]], Cells(table));
    }

    [Fact]
    public void A_result_without_a_list_is_one_row_with_full_paths()
    {
        var table = Flatten("""{"dataset":{"version":"abc","observations":82,"updatedAt":"2026-11-24T00:00:00+00:00"}}""");
        Assert.Equal(["dataset.version", "dataset.observations", "dataset.updatedAt"], table.Columns);
        Assert.Equal([["abc", "82", "2026-11-24T00:00:00+00:00"]], Cells(table));
    }

    [Fact]
    public void Numbers_keep_their_json_text_and_null_is_empty()
    {
        var table = Flatten("""{"xs":[{"v":0.8134,"w":376700000,"n":null}]}""");
        Assert.Equal([["0.8134", "376700000", ""]], Cells(table));
    }

    [Fact]
    public void An_empty_first_list_has_no_rows_and_no_columns()
    {
        var table = Flatten("""{"areas":[]}""");
        Assert.Empty(table.Columns);
        Assert.Empty(table.Rows);
    }
}
