using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace OpenData.Benchmarks;

/// <summary>
/// bench/benchmarks [BenchmarkDotNet options], e.g. <c>--filter '*Serialization*'</c> or <c>--list flat</c>. Without
/// options every benchmark runs (a few minutes on 2 cores). Reports go to the temp folder unless <c>--artifacts</c> says.
/// (Not a top-level program: the API's <c>Program</c> is the one WebApplicationFactory starts.)
/// </summary>
public static class BenchmarksMain
{
    public static int Main(string[] args)
    {
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(BenchApi.Folder, "artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarksMain).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        BenchApi.DisposeShared();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
