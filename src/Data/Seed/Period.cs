using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Data.Model;

namespace OpenData.Data.Seed;

/// <summary>
/// A period in the text form of the seed files: <c>2021</c>, <c>2021/2024</c>, <c>2022-H1</c>, <c>2024-Q3</c>,
/// <c>2022-06</c>, <c>2024-01/2024-09</c>, <c>2024-10-15</c>, <c>../2023-11-15</c> (to a date) or <c>2024/..</c>
/// (2024 onward). <see cref="Start"/> and <see cref="End"/> are the first and last day covered; null for an open end.
/// </summary>
public readonly record struct Period(PeriodKind Kind, string Text, DateOnly? Start, DateOnly? End)
{
    public const string Grammar = "2021, 2021/2024, 2022-H1, 2024-Q3, 2022-06, 2024-01/2024-09, 2024-10-15, ../2023-11-15 or 2024/..";

    // [0-9], not \d: \d also matches other scripts' digits, which DateOnly would then reject less clearly.
    private const string Y = "([0-9]{4})";
    private const string M = "([0-9]{2})";
    private const string D = "([0-9]{2})";

    private static readonly (PeriodKind Kind, Regex Pattern)[] Forms =
    [
        (PeriodKind.Year, Pattern($"{Y}")),
        (PeriodKind.YearRange, Pattern($"{Y}/{Y}")),
        (PeriodKind.HalfYear, Pattern($"{Y}-H([12])")),
        (PeriodKind.Quarter, Pattern($"{Y}-Q([1-4])")),
        (PeriodKind.Month, Pattern($"{Y}-{M}")),
        (PeriodKind.MonthRange, Pattern($"{Y}-{M}/{Y}-{M}")),
        (PeriodKind.Date, Pattern($"{Y}-{M}-{D}")),
        (PeriodKind.ToDate, Pattern($@"\.\./{Y}-{M}-{D}")),
        (PeriodKind.FromYear, Pattern($@"{Y}/\.\.")),
    ];

    private static Regex Pattern(string body) => new($"^{body}$", RegexOptions.CultureInvariant);

    public override string ToString() => Text;

    /// <exception cref="FormatException">The text is not in the grammar; the message says why.</exception>
    public static Period Parse(string? text) => TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    public static bool TryParse(string? text, out Period period, out string error)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"a period is required ({Grammar})";
            return false;
        }
        foreach (var (kind, pattern) in Forms)
        {
            var match = pattern.Match(text);
            if (!match.Success) continue;
            var numbers = match.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
            try
            {
                period = Build(kind, text, numbers);
            }
            catch (ArgumentOutOfRangeException)
            {
                error = $"'{text}' is not a valid {kind} (month or day out of range)";
                return false;
            }
            // A range of one year or one month has a shorter form; allowing both would give two texts for one period.
            var ordered = kind switch
            {
                PeriodKind.YearRange => numbers[1] > numbers[0],
                PeriodKind.MonthRange => numbers[2] * 12 + numbers[3] > numbers[0] * 12 + numbers[1],
                _ => true,
            };
            if (!ordered)
            {
                error = $"'{text}': a range must end in a later year or month than it starts";
                period = default;
                return false;
            }
            error = "";
            return true;
        }
        error = $"'{text}' is not a period: expected one of {Grammar}";
        return false;
    }

    private static Period Build(PeriodKind kind, string text, int[] n) => kind switch
    {
        PeriodKind.Year => new(kind, text, Day(n[0], 1, 1), Day(n[0], 12, 31)),
        PeriodKind.YearRange => new(kind, text, Day(n[0], 1, 1), Day(n[1], 12, 31)),
        PeriodKind.HalfYear => new(kind, text, Day(n[0], n[1] * 6 - 5, 1), MonthEnd(n[0], n[1] * 6)),
        PeriodKind.Quarter => new(kind, text, Day(n[0], n[1] * 3 - 2, 1), MonthEnd(n[0], n[1] * 3)),
        PeriodKind.Month => new(kind, text, Day(n[0], n[1], 1), MonthEnd(n[0], n[1])),
        PeriodKind.MonthRange => new(kind, text, Day(n[0], n[1], 1), MonthEnd(n[2], n[3])),
        PeriodKind.Date => new(kind, text, Day(n[0], n[1], n[2]), Day(n[0], n[1], n[2])),
        PeriodKind.ToDate => new(kind, text, null, Day(n[0], n[1], n[2])),
        PeriodKind.FromYear => new(kind, text, Day(n[0], 1, 1), null),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    private static DateOnly MonthEnd(int year, int month) => Day(year, month, 1).AddMonths(1).AddDays(-1);
}
