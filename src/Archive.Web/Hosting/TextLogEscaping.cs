using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Archive.Web.Hosting;

/// <summary>
/// Escapes control characters in the values a text log writes (a request path with "%0a", a file name with a newline),
/// so that a value cannot end its line and forge another; the JSON files escape them already, and get the events as they are.
/// </summary>
public sealed class TextLogEscaping(ILogEventSink text) : ILogEventSink
{
    public void Emit(LogEvent logEvent)
    {
        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Escape(value) is { } safe)
            {
                (escaped ??= []).Add(new LogEventProperty(name, safe));
            }
        }
        if (escaped is null)
        {
            text.Emit(logEvent);
            return;
        }
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value))
            .Where(p => !escaped.Exists(e => e.Name == p.Name)).Concat(escaped);
        text.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, logEvent.Exception, logEvent.MessageTemplate, properties,
            logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    /// <summary>The value with its strings escaped, or null when it has nothing to escape.</summary>
    private static LogEventPropertyValue? Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } when HasControl(s) => new ScalarValue(Escape(s)),
        ScalarValue { Value: not null and not string } scalar when scalar.Value.ToString() is { } s && HasControl(s) => new ScalarValue(Escape(s)),
        SequenceValue sequence when sequence.Elements.Any(e => Escape(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Escape(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Escape(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value) ?? p.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => Escape(e.Key) is not null || Escape(e.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(
                (ScalarValue?)Escape(e.Key) ?? e.Key, Escape(e.Value) ?? e.Value))),
        _ => null,
    };

    private static bool HasControl(string s)
    {
        foreach (var c in s)
        {
            if (IsControl(c))
            {
                return true;
            }
        }
        return false;
    }

    // C0 and C1 controls, and the Unicode line and paragraph separators that some terminals break lines at.
    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string Escape(string s)
    {
        var escaped = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default:
                    if (IsControl(c))
                    {
                        escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        escaped.Append(c);
                    }
                    break;
            }
        }
        return escaped.ToString();
    }
}
