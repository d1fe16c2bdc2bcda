using Archive.Web.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Archive.Web.Tests.Hosting;

public sealed class TextLogEscapingTests
{
    /// <summary>The text console's lines, rendered with its default template.</summary>
    private sealed class TextLines : ILogEventSink
    {
        private readonly MessageTemplateTextFormatter _format = new("[{Level:u3}] {Message:lj}{NewLine}");
        private readonly StringWriter _text = new();

        public string[] Lines => _text.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        public void Emit(LogEvent logEvent) => _format.Format(logEvent, _text);
    }

    private static string[] Log(Action<Serilog.ILogger> write)
    {
        var lines = new TextLines();
        using (var logger = new LoggerConfiguration().WriteTo.Sink(new TextLogEscaping(lines)).CreateLogger())
        {
            write(logger);
        }
        return lines.Lines;
    }

    [Fact]
    public void A_request_path_with_a_newline_stays_on_its_own_line()
    {
        var lines = Log(log => log.Information("{RequestMethod} {RequestPath} {StatusCode}", "GET", "/x\n[INF] Admin logged in\r\n", 404));

        var line = Assert.Single(lines);
        Assert.Equal("[INF] GET /x\\n[INF] Admin logged in\\r\\n 404", line);
    }

    [Fact]
    public void Other_control_characters_and_values_in_structures_are_escaped_too()
    {
        var lines = Log(log => log.Warning("Rejected {File}: {Reasons}", "bad\u001b[31mname\u2028.txt", new[] { "one\ntwo" }));

        var line = Assert.Single(lines);
        Assert.True(line.Contains("bad\\u001b[31mname\\u2028.txt", StringComparison.Ordinal), line);
    }

    [Fact]
    public void Values_without_control_characters_are_written_as_they_are()
    {
        var lines = Log(log => log.Information("Ingested {File} in {ElapsedMs} ms", "C:\\dumps\\канал.txt", 12));

        Assert.Equal(["[INF] Ingested C:\\dumps\\канал.txt in 12 ms"], lines);
    }
}
