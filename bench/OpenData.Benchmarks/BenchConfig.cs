using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpenData.Benchmarks;

/// <summary>
/// Short jobs (3 warm-up and 5 measured iterations of about 250 ms each, so that every benchmark takes a few seconds
/// and the whole set stays within about 5 minutes on 2 cores), in process: BenchmarkDotNet then builds nothing, so no build ever
/// writes into src/ (its usual out-of-process toolchain rebuilds the referenced projects in their own folders).
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(5)
            .WithLaunchCount(1)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("short, in-process"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
