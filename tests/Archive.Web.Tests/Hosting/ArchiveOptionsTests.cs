using Archive.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Archive.Web.Tests.Hosting;

public sealed class ArchiveOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(s => "Archive:" + s.Key, s => (string?)s.Value)).Build();

    [Fact]
    public void Settings_bind_from_the_Archive_section()
    {
        var options = ArchiveOptions.Load(Config(("DataDirectory", "/data"), ("DemoData", "false"), ("ImportDirectory", "/import"),
            ("ApiRequestsPerMinute", "30"), ("PathBase", "/archive"), ("BehindProxy", "true"), ("LogFormat", "json"),
            ("ImportScanSeconds", "45"), ("ImportSettleSeconds", "0.5"), ("DateOrder", "MonthDayYear")));

        Assert.Equal("/data", options.DataDirectory);
        Assert.False(options.DemoData);
        Assert.Equal("/import", options.ImportDirectory);
        Assert.Equal(30, options.ApiRequestsPerMinute);
        Assert.Equal("/archive", options.PathBase);
        Assert.True(options.BehindProxy);
        Assert.Equal("json", options.LogFormat);
        Assert.Equal(Path.Combine("/data", "archive.db"), options.StorePath);
        Assert.True(options.LiveImportEnabled);
        Assert.Equal(TimeSpan.FromSeconds(45), options.ImportScanInterval);
        Assert.Equal(TimeSpan.FromSeconds(0.5), options.ImportSettleTime);
        Assert.Equal(Archive.Parsing.DateOrder.MonthDayYear, options.DateOrder);
    }

    [Fact]
    public void Defaults_serve_the_demo_from_beside_the_binary_at_the_root()
    {
        var options = ArchiveOptions.Load(Config());

        Assert.True(options.DemoData);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "demo"), options.DemoDirectory);
        Assert.Null(options.PathBase);
        Assert.Equal(120, options.ApiRequestsPerMinute);
        Assert.False(options.LiveImportEnabled);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ImportScanInterval);
    }

    [Theory]
    [InlineData("PathBase", "archive", "PathBase")]
    [InlineData("PathBase", "/archive/", "PathBase")]
    [InlineData("ApiRequestsPerMinute", "0", "ApiRequestsPerMinute")]
    [InlineData("LogFormat", "xml", "LogFormat")]
    [InlineData("ImportScanSeconds", "0", "ImportScanSeconds must be between 1 and 86400")]
    [InlineData("ImportSettleSeconds", "-1", "ImportSettleSeconds")]
    [InlineData("ApiRequestsPerMinute", "abc", "ApiRequestsPerMinute must be a whole number, not \"abc\"")]
    [InlineData("ImportSettleSeconds", "soon", "ImportSettleSeconds must be a number, not \"soon\"")]
    [InlineData("BehindProxy", "yes", "BehindProxy must be true or false, not \"yes\"")]
    [InlineData("DateOrder", "Bogus", "DateOrder must be DayMonthYear or MonthDayYear, not \"Bogus\"")]
    [InlineData("DateOrder", "7", "DateOrder must be DayMonthYear or MonthDayYear")]
    [InlineData("PublicUrl", "archive.example", "PublicUrl must be an absolute http or https URL")]
    [InlineData("PublicUrl", "javascript://archive.example/", "PublicUrl must be an absolute http or https URL")]
    [InlineData("PublicUrl", "https://archive.example/?q=1", "PublicUrl must be an absolute http or https URL")]
    public void A_bad_setting_stops_the_start_with_a_message_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<CannotStartException>(() => ArchiveOptions.Load(Config((key, value))));

        Assert.Contains(named, error.Message);
    }
}
