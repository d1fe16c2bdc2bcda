using Archive.Parsing.TelegramExports;

namespace Archive.Parsing.Tests.TelegramExports;

public class ExportRecognitionTests
{
    private static readonly TelegramJsonFormat Json = new();
    private static readonly TelegramHtmlFormat Html = new();

    public static TheoryData<string> JsonExports => new() { "channel_result.json", "account_result.json" };

    [Theory]
    [MemberData(nameof(JsonExports))]
    public void The_json_format_recognizes_an_export_by_content_even_without_its_extension(string file)
    {
        var head = ExportFixtures.Head(ExportFixtures.Path(file));

        Assert.True(Json.Recognizes("export.dat", head));
        Assert.False(Html.Recognizes("export.dat", head));
    }

    [Theory]
    [InlineData("messages.html")]
    [InlineData("messages2.html")]
    public void The_html_format_recognizes_every_page_of_an_export(string file)
    {
        var head = ExportFixtures.Head(ExportFixtures.Path("html_export", file));

        Assert.True(Html.Recognizes("page", head));
        Assert.False(Json.Recognizes("page", head));
    }

    [Fact]
    public void Neither_format_claims_a_sample_channel_dump_or_other_json()
    {
        var dump = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").First();
        byte[] otherJson = "{\"version\": 1, \"items\": []}"u8.ToArray();

        Assert.False(Json.Recognizes(dump, ExportFixtures.Head(dump)));
        Assert.False(Html.Recognizes(dump, ExportFixtures.Head(dump)));
        Assert.False(Json.Recognizes("x.json", otherJson));
    }

    [Fact]
    public void The_default_reader_tries_the_export_formats_first()
    {
        var names = DumpReader.Default.Formats.Select(format => format.Name).Take(2);

        Assert.Equal(["telegram-json", "telegram-html"], names);
    }
}
