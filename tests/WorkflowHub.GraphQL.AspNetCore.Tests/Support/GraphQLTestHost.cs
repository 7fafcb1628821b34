using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>
/// A web application serving the test schema at <c>/graphql</c>: in memory (<see cref="StartAsync"/>)
/// or on real Kestrel at a free loopback port (<see cref="StartKestrelAsync"/>) for real clients.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Counter counter, Uri baseAddress, ErrorLog errors)
    {
        _app = app;
        Counter = counter;
        BaseAddress = baseAddress;
        Errors = errors;
    }

    /// <summary>What the server logged at Error level or above.</summary>
    public ErrorLog Errors { get; }

    public Counter Counter { get; }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public IServiceProvider Services => _app.Services;

    public static Task<GraphQLTestHost> StartAsync(Action<IRequestExecutorBuilder>? configure = null, string path = "/graphql") => Start(configure, kestrel: false, path);

    public static Task<GraphQLTestHost> StartKestrelAsync(Action<IRequestExecutorBuilder>? configure = null) => Start(configure, kestrel: true, "/graphql");

    private static async Task<GraphQLTestHost> Start(Action<IRequestExecutorBuilder>? configure, bool kestrel, string path)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var errors = new ErrorLog();
        builder.Logging.AddProvider(errors);
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var counter = new Counter();
        var graphql = builder.Services.AddGraphQLServer().AddTestSchema(counter);
        configure?.Invoke(graphql);

        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL(path);
        await app.StartAsync();

        var address = kestrel
            ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
            : new Uri("http://localhost");
        return new GraphQLTestHost(app, counter, address, errors);
    }

    /// <summary>A client for this host (in memory or over the network).</summary>
    public HttpClient CreateClient()
    {
        if (_app.Services.GetService<IServer>() is TestServer testServer)
        {
            return testServer.CreateClient();
        }

        return new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
