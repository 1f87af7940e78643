using OpenData.Data.Model;
using OpenData.Data.Seed;

namespace OpenData.Data.Tests.Seed;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2021", PeriodKind.Year, "2021-01-01", "2021-12-31")]
    [InlineData("2021/2024", PeriodKind.YearRange, "2021-01-01", "2024-12-31")]
    [InlineData("2022-H1", PeriodKind.HalfYear, "2022-01-01", "2022-06-30")]
    [InlineData("2022-H2", PeriodKind.HalfYear, "2022-07-01", "2022-12-31")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("2024-Q3", PeriodKind.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("2022-06", PeriodKind.Month, "2022-06-01", "2022-06-30")]
    [InlineData("2024-02", PeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2024-01/2024-09", PeriodKind.MonthRange, "2024-01-01", "2024-09-30")]
    [InlineData("2023-11/2024-02", PeriodKind.MonthRange, "2023-11-01", "2024-02-29")]
    [InlineData("2024-10-15", PeriodKind.Date, "2024-10-15", "2024-10-15")]
    [InlineData("../2023-11-15", PeriodKind.ToDate, null, "2023-11-15")]
    [InlineData("2024/..", PeriodKind.FromYear, "2024-01-01", null)]
    public void Every_form_of_the_grammar_parses_to_its_kind_and_days(string text, PeriodKind kind, string? start, string? end)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(text, period.Text);
        Assert.Equal(start is null ? null : DateOnly.Parse(start), period.Start);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), period.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("21")]
    [InlineData("2021 ")]
    [InlineData("2021-2024")]
    [InlineData("2024/2021")]
    [InlineData("2021/2021")]
    [InlineData("2022-H3")]
    [InlineData("2022-h1")]
    [InlineData("2024-Q5")]
    [InlineData("2024-13")]
    [InlineData("2024-6")]
    [InlineData("2024-09/2024-01")]
    [InlineData("2024-01/2024-01")]
    [InlineData("2023-02-29")]
    [InlineData("2024-10-15/2024-10-20")]
    [InlineData("../2023")]
    [InlineData("../2023-11")]
    [InlineData("2024-10/..")]
    [InlineData("0000")]
    [InlineData("２０２４")]
    [InlineData("Jan-Sep 2024")]
    public void Anything_outside_the_grammar_is_rejected_with_a_message(string text)
    {
        var ok = Period.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Contains(text.Trim().Length == 0 ? "required" : text, error);
        Assert.Throws<FormatException>(() => Period.Parse(text));
    }
}
