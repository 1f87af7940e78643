using OpenData.Api.Caching;
using OpenData.Api.Cli;
using OpenData.Api.Csv;
using OpenData.Api.Downloads;
using OpenData.Api.Hosting;
using OpenData.Api.Http;
using OpenData.Api.Ide;
using OpenData.Api.Limits;
using OpenData.Api.Schema;
using OpenData.Data.Storage;

// Settings and seed/ sit beside the assembly: `dotnet /app/OpenData.Api.dll` run from any folder must still read
// appsettings.json (the default content root is the working directory, where it silently would not).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

if (args is ["import", ..])
{
    var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
    return await ImportCommand.RunAsync(args[1..], storage, CancellationToken.None);
}
if (ContainerCommands.Handles(args)) return await ContainerCommands.RunAsync(args, builder.Configuration);

builder.Services.AddOpenDataStorage(builder.Configuration);
builder.Services.AddOpenDataGraphQL(builder.Configuration);
builder.Services.AddOpenDataResponseCache(builder.Configuration);
builder.Services.AddOpenDataLimits(builder.Configuration);
builder.Services.AddOpenDataHealthChecks();
builder.Services.AddOpenDataIde(builder.Configuration);
builder.Services.AddSingleton<CsvResultWriter>();

var app = builder.Build();
app.UseGraphQLRequestLogging();
app.UseOpenDataLimits();
app.MapHealthEndpoints();
app.MapGraphQLEndpoint();
app.MapBenchEndpoints(app.Configuration);
app.MapIde();
app.MapDownloads();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the in-process test host can start it.</summary>
public partial class Program;
