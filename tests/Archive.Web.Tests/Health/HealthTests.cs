using System.Net;

namespace Archive.Web.Tests.Health;

[Collection(ArchiveAppCollection.Name)]
public sealed class HealthTests(ArchiveAppFixture app)
{
    [Fact]
    public async Task Healthz_answers_200_healthy()
    {
        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_answers_200_once_the_store_and_index_are_open()
    {
        using var response = await app.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
