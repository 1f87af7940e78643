using OpenData.Data.Model;

namespace OpenData.Data.Import;

/// <summary>Ranks from scores (higher is better) by an index's rule, for files that publish scores only.</summary>
public static class RankCalculator
{
    public static int[] Rank(IReadOnlyList<decimal> scores, RankingRule rule)
    {
        var descending = scores.OrderByDescending(s => s).ToArray();
        var ranks = new int[scores.Count];
        switch (rule)
        {
            case RankingRule.Competition:
                // 1 + number of strictly better scores: the first index of the score in descending order.
                var firstAt = new Dictionary<decimal, int>();
                for (var i = 0; i < descending.Length; i++) firstAt.TryAdd(descending[i], i + 1);
                for (var i = 0; i < scores.Count; i++) ranks[i] = firstAt[scores[i]];
                break;
            case RankingRule.Dense:
                var dense = descending.Distinct().Select((s, i) => (s, i + 1)).ToDictionary(p => p.s, p => p.Item2);
                for (var i = 0; i < scores.Count; i++) ranks[i] = dense[scores[i]];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Only the competition and dense rules compute ranks from scores.");
        }
        return ranks;
    }
}
