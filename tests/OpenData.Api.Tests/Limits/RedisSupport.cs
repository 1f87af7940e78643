using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// A test that needs Redis: it runs when <c>OPENDATA_TEST_REDIS</c> (host:port) is set. Locally, without it, it is
/// skipped; under <c>CI=true</c> it is never skipped, so a missing Redis fails it.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisSupport.Address is null && !RedisSupport.InCi)
            Skip = "Set OPENDATA_TEST_REDIS=host:port (e.g. redis-server --port 6390 --save '' --daemonize yes) to run the Redis tests.";
    }
}

public static class RedisSupport
{
    public static string? Address => Environment.GetEnvironmentVariable("OPENDATA_TEST_REDIS") is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The shared Redis of the test run; fails the test (never skips) when CI has none.</summary>
    public static string RequireAddress() =>
        Address ?? throw new InvalidOperationException("OPENDATA_TEST_REDIS is not set: CI must provide Redis (.ci/run starts redis-server).");

    /// <summary>A key prefix of its own, so tests sharing one Redis never share budgets by accident.</summary>
    public static string UniquePrefix() => "opendata-test-" + Guid.NewGuid().ToString("N")[..12];
}

/// <summary>A redis-server process of the test's own, on a free port, that the test can stop and start again.</summary>
public sealed class OwnRedisServer : IDisposable
{
    private Process? _process;

    public OwnRedisServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
    }

    public int Port { get; }

    public string Address => $"127.0.0.1:{Port}";

    public void Start()
    {
        var executable = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : "redis-server";
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}");
                Thread.Sleep(50);
            }
        }
        throw new TimeoutException($"redis-server did not listen on {Port} within 10 s");
    }

    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}
