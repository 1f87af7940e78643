using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenData.Api.Tests.Hosting;

/// <summary>
/// The API as operators start it: <c>dotnet OpenData.Api.dll</c> as its own process, from a folder that is not the
/// one holding the binaries (systemd units, scripts, the benchmark harness).
/// </summary>
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task Started_from_another_folder_it_still_reads_appsettings_json()
    {
        var binaries = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        Assert.True(File.Exists(Path.Combine(binaries, "appsettings.json")), "the build copies appsettings.json beside OpenData.Api.dll");
        var folder = Directory.CreateTempSubdirectory("opendata-cwd-");
        var port = FreePort();
        var output = new StringBuilder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(binaries, "OpenData.Api.dll")])
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
            },
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitReadyAsync(http, process, output);
            var answer = await http.GetAsync("/graphql?query=%7Barea(code:%22VNM%22)%7Bcode%7D%7D");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("\"VNM\"", await answer.Content.ReadAsStringAsync());
            // A request error, which the request log records at Information.
            Assert.Contains("\"errors\"", await (await http.GetAsync("/graphql?query=%7Bnope%7D")).Content.ReadAsStringAsync());

            // The default SQLite file is relative to the working directory, as documented.
            Assert.True(File.Exists(Path.Combine(folder.FullName, "opendata.db")));
            // appsettings.json sets EF Core's and ASP.NET Core's categories to Warning: without it every SQL command and
            // every request would be logged at Information.
            await Task.Delay(200);
            string log;
            lock (output) log = output.ToString();
            Assert.Contains("OpenData.Api.Http.GraphQLRequestLogging", log);
            Assert.DoesNotContain("Microsoft.EntityFrameworkCore.Database.Command", log);
            Assert.DoesNotContain("Microsoft.AspNetCore.Hosting.Diagnostics", log);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            folder.Delete(recursive: true);
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, Process process, StringBuilder output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"the API exited early:\n{output}");
            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        Assert.Fail($"the API was not ready within 60 s:\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
