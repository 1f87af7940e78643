using OpenData.Data.Model;

namespace OpenData.Data.Tests.Seed;

/// <summary>The coverage test is only as good as its reading of the fact sheet's wording.</summary>
public sealed class FactFigureTests
{
    [Theory]
    [InlineData("11.91 %", 11.91, null, Qualifier.Exact, null, FigureUnit.Percent)]
    [InlineData("more than 20 %", 20, null, Qualifier.LowerBound, null, FigureUnit.Percent)]
    [InlineData("at least 80 %", 80, null, Qualifier.LowerBound, null, FigureUnit.Percent)]
    [InlineData("27.7 to 28 billion USD", 27.7, 28.0, Qualifier.Range, null, FigureUnit.BillionUsd)]
    [InlineData("118 billion USD", 118, null, Qualifier.Exact, null, FigureUnit.BillionUsd)]
    [InlineData("about 3.49 billion", 3490000000, null, Qualifier.Approximate, null, FigureUnit.Plain)]
    [InlineData("376.7 million", 376700000, null, Qualifier.Exact, null, FigureUnit.Plain)]
    [InlineData("nearly 200 million", 200000000, null, Qualifier.Approximate, null, FigureUnit.Plain)]
    [InlineData("71 of 193", 71, null, Qualifier.Exact, 193, FigureUnit.Plain)]
    [InlineData("80,698", 80698, null, Qualifier.Exact, null, FigureUnit.Plain)]
    [InlineData("7th globally", 7, null, Qualifier.Exact, null, FigureUnit.Plain)]
    [InlineData("top 6", 6, null, Qualifier.UpperBound, null, FigureUnit.Plain)]
    [InlineData("among the top 10 countries", 10, null, Qualifier.UpperBound, null, FigureUnit.Plain)]
    public void One_figure_is_read_with_its_qualifier_scale_and_unit(string text, double value, double? high, Qualifier qualifier, int? outOf, FigureUnit unit)
    {
        var figure = Assert.Single(FactFigure.Parse(text));

        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal((decimal?)high, figure.High);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal((decimal?)outOf, figure.OutOf);
        Assert.Equal(unit, figure.Unit);
    }

    [Fact]
    public void A_qualifier_carries_over_a_bare_comma_but_not_into_brackets()
    {
        Assert.Equal(new[] { Qualifier.Approximate, Qualifier.Approximate }, FactFigure.Parse("about 95,000, 450,000 members").Select(f => f.Qualifier));
        Assert.Equal(new[] { Qualifier.LowerBound, Qualifier.Approximate }, FactFigure.Parse("more than 80,000, nearly 380,000 members").Select(f => f.Qualifier));
        Assert.Equal(new[] { (100m, Qualifier.Exact), (1700m, Qualifier.LowerBound) }, FactFigure.Parse("100 % (more than 1,700 services)").Select(f => (f.Value, f.Qualifier)));
        Assert.Equal(new (decimal, decimal?)[] { (15m, 27m), (12m, null) }, FactFigure.Parse("15 of 27 (12 continuing)").Select(f => (f.Value, f.OutOf)));
    }
}
