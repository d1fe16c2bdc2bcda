using System.Net;
using System.Net.Sockets;
using Archive.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Tests.Cli;

public sealed class HealthcheckCommandTests
{
    [Theory]
    [InlineData(null, null, "http://127.0.0.1:8080/healthz")]
    [InlineData(null, "9000", "http://127.0.0.1:9000/healthz")]
    [InlineData(null, "9000;9001", "http://127.0.0.1:9000/healthz")]
    [InlineData("http://+:5000", "8080", "http://127.0.0.1:5000/healthz")]
    [InlineData("https://*:5001;http://0.0.0.0:5000", null, "http://127.0.0.1:5000/healthz")]
    [InlineData("http://localhost:5005", null, "http://localhost:5005/healthz")]
    [InlineData("http://[::]:5006", null, "http://127.0.0.1:5006/healthz")]
    public void The_default_url_follows_where_Kestrel_listens(string? urls, string? ports, string expected) =>
        Assert.Equal(new Uri(expected), HealthcheckCommand.DefaultUrl(urls, ports));

    [Fact]
    public async Task A_site_answering_200_is_healthy_and_one_answering_503_is_not()
    {
        await using var site = await StartSiteAsync();
        var output = new StringWriter();

        var healthy = await HealthcheckCommand.CheckAsync(new Uri(site.Url, "/healthz"), TimeSpan.FromSeconds(3), output, CancellationToken.None);
        var unhealthy = await HealthcheckCommand.CheckAsync(new Uri(site.Url, "/sick"), TimeSpan.FromSeconds(3), output, CancellationToken.None);

        Assert.Equal(ArchiveCommandLine.Ok, healthy);
        Assert.Equal(ArchiveCommandLine.SomeFailed, unhealthy);
        Assert.Contains("503", output.ToString());
    }

    [Fact]
    public async Task Nothing_listening_is_unhealthy()
    {
        var port = FreePort();
        var result = await HealthcheckCommand.CheckAsync(new Uri($"http://127.0.0.1:{port}/healthz"), TimeSpan.FromSeconds(3), TextWriter.Null, CancellationToken.None);
        Assert.Equal(ArchiveCommandLine.SomeFailed, result);
    }

    [Fact]
    public async Task A_site_slower_than_the_timeout_is_unhealthy()
    {
        await using var site = await StartSiteAsync();
        var output = new StringWriter();

        var result = await HealthcheckCommand.CheckAsync(new Uri(site.Url, "/slow"), TimeSpan.FromMilliseconds(300), output, CancellationToken.None);

        Assert.Equal(ArchiveCommandLine.SomeFailed, result);
        Assert.Contains("no answer within", output.ToString());
    }

    [Fact]
    public async Task The_verb_exits_with_2_for_a_url_that_is_not_http()
    {
        var exit = await ArchiveCommandLine.RunAsync(["healthcheck", "--url", "ftp://example.org/healthz"],
            _ => throw new InvalidOperationException("healthcheck needs no host"),
            (_, _, _) => throw new InvalidOperationException("healthcheck serves no site"));
        Assert.Equal(ArchiveCommandLine.UsageError, exit);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<Site> StartSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/sick", () => Results.StatusCode(503));
        app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Text("late");
        });
        await app.StartAsync();
        return new Site(app, new Uri(app.Urls.First()));
    }

    private sealed record Site(WebApplication App, Uri Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
