using OpenData.Api.Cli;
using OpenData.Api.Hosting;
using OpenData.Api.Http;
using OpenData.Api.Schema;
using OpenData.Data.Storage;

var builder = WebApplication.CreateBuilder(args);

if (args is ["import", ..])
{
    var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
    return await ImportCommand.RunAsync(args[1..], storage, CancellationToken.None);
}

builder.Services.AddOpenDataStorage(builder.Configuration);
builder.Services.AddOpenDataGraphQL(builder.Configuration);

var app = builder.Build();
app.MapGraphQLEndpoint();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the in-process test host can start it.</summary>
public partial class Program;
