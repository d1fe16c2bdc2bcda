using System.Text;
using System.Xml;

namespace Archive.Web.Feeds;

/// <summary>
/// Text as XML 1.0 allows it: a post or a query may hold characters XML has no way to write (a form feed, NUL, a lone
/// surrogate), and an XmlWriter throws on them, which failed the whole feed. They are dropped.
/// </summary>
public static class XmlSafeText
{
    public static string Of(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        kept.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }
        return -1;
    }
}
