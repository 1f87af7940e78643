using GraphQL.DataLoader;
using OpenData.Api.Loading;

namespace OpenData.Api.Tests.Execution;

/// <summary>The request's batch loader: keys asked for before the first result is awaited go in one fetch, and
/// every row naming a key shares one result, answered by one completed task once its batch is in. Its fetches here
/// complete synchronously, as Microsoft.Data.Sqlite's do; every call runs on the thread pool with a bounded wait, so a
/// loader that never answers (or spins) fails the test instead of hanging the run.</summary>
public sealed class BatchLoaderTests
{
    private readonly List<int[]> _fetches = [];

    private static Task<T> Bounded<T>(Func<Task<T>> call) => Task.Run(call).WaitAsync(TimeSpan.FromSeconds(10));

    private BatchLoader<int, string> NewLoader() => new((keys, _) =>
    {
        _fetches.Add([.. keys.Order()]);
        return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k < 100).ToDictionary(k => k, k => $"#{k}"));
    });

    [Fact]
    public async Task Keys_asked_for_together_are_fetched_once_and_answered_each()
    {
        var loader = NewLoader();
        var rows = new[] { 1, 2, 1, 3, 404 }.Select(loader.Load).ToList();

        var values = new List<object?>();
        foreach (var row in rows) values.Add(await Bounded(() => ((IDataLoaderResult)row).GetResultAsync()));

        Assert.Equal(["#1", "#2", "#1", "#3", null], values);
        Assert.Equal([[1, 2, 3, 404]], _fetches);
    }

    [Fact]
    public async Task Rows_naming_the_same_key_share_its_result_and_its_completed_task()
    {
        var loader = NewLoader();
        var first = loader.Load(7);
        await Bounded(() => first.GetResultAsync());

        var again = loader.Load(7);
        Assert.Same(first, again);
        Assert.Same(((IDataLoaderResult)first).GetResultAsync(), ((IDataLoaderResult)again).GetResultAsync());
        Assert.Same(first.GetResultAsync(), again.GetResultAsync());
        Assert.Equal("#7", await Bounded(() => again.GetResultAsync()));
        Assert.Single(_fetches);
    }

    [Fact]
    public async Task A_key_asked_for_after_a_batch_makes_a_new_batch_and_a_known_one_is_not_fetched_again()
    {
        var loader = NewLoader();
        await Bounded(() => loader.Load(1).GetResultAsync());

        var later = new[] { loader.Load(1), loader.Load(5) };
        var values = await Bounded(() => Task.WhenAll(later.Select(r => r.GetResultAsync())));
        Assert.Equal("#1 #5", string.Join(' ', values));
        Assert.Equal([[1], [5]], _fetches);
    }

    [Fact]
    public async Task A_key_absent_from_the_answer_is_null_every_time_it_is_asked_for()
    {
        var loader = NewLoader();
        var missing = loader.Load(404);

        Assert.Null(await Bounded(() => missing.GetResultAsync()));
        Assert.Null(await Bounded(() => ((IDataLoaderResult)loader.Load(404)).GetResultAsync()));
        Assert.Equal([[404]], _fetches);
    }

    [Fact]
    public async Task Every_key_of_a_failed_fetch_gets_its_failure()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new InvalidOperationException("database gone"));
        var rows = new[] { loader.Load(1), loader.Load(2) };

        foreach (var row in rows)
            Assert.Equal("database gone", (await Assert.ThrowsAsync<InvalidOperationException>(() => Bounded(() => row.GetResultAsync()))).Message);
    }
}
