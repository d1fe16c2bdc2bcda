using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>Writes one channel post the way a web-preview copy shows it: media placeholder, forward header(s), two renderings of the body, notice, reactions.</summary>
public sealed class PostComposer(Rng rng)
{
    private readonly SentenceBuilder _sentences = new(rng);
    private readonly List<string> _body = new(32);
    private readonly List<string> _second = new(32);

    // What the last post was written with, for LastPost().
    private bool _opened;
    private bool _notice;
    private bool _reactions;
    private string _renderings = "";

    /// <summary>The post last written as it was meant: its body as a reader takes it (the ordered union of both renderings) and how it was written.</summary>
    public GeneratedPost LastPost() => new(string.Join('\n', _body), _opened, _notice, _reactions, _renderings);

    public void Write(StringBuilder output, ChannelProfile channel, DateOnly published)
    {
        var noMarkers = rng.Chance(channel.NoMarkerShare);
        _opened = _notice = _reactions = false;
        var language = rng.Chance(channel.RussianShare) ? Lang.Ru : rng.Chance(channel.MixedShare / (1 - channel.RussianShare)) ? Lang.Mixed : Lang.En;
        ComposeBody(language, published);

        if (!noMarkers)
        {
            var forwarded = rng.Chance(channel.ForwardShare);
            var media = rng.Chance(0.12);
            // Sample 000 puts the placeholder after the header; the format page lists it before: write both orders.
            var mediaFirst = !forwarded || rng.Chance(0.7);
            _opened = forwarded || media;
            if (media && mediaFirst)
            {
                WriteMedia(output);
            }
            if (forwarded)
            {
                var header = "Forwarded from " + rng.PickSkewed(Vocabulary.ForwardSources);
                var repeats = rng.Chance(0.05) ? rng.Between(2, 4) : 1; // an album repeats the header
                for (var i = 0; i < repeats; i++)
                {
                    output.Append(header).Append('\n');
                }
            }
            if (media && !mediaFirst)
            {
                WriteMedia(output);
            }
        }

        WriteRenderings(output);

        if (!noMarkers)
        {
            if (rng.Chance(0.08))
            {
                output.Append("Please open Telegram to view this post\nVIEW IN TELEGRAM\n");
                _notice = true;
            }
            if (rng.Chance(channel.ReactionShare))
            {
                WriteReactions(output);
                _reactions = true;
            }
        }
    }

    private void WriteMedia(StringBuilder output) =>
        output.Append(rng.Chance(0.5) ? "Media is too big" : "This media is not supported in your browser").Append("\nVIEW IN TELEGRAM\n");

    private void WriteReactions(StringBuilder output)
    {
        var kinds = rng.Between(1, 5);
        var count = rng.Between(1, 40);
        var start = rng.Next(3); // mostly 👍, ❤ or 💯 first, as in the samples
        for (var i = 0; i < kinds; i++)
        {
            output.Append(Vocabulary.Reactions[(start + i * 3 + rng.Next(3)) % Vocabulary.Reactions.Length]).Append(count);
            count = Math.Max(1, count - rng.Between(1, 10));
        }
        output.Append('\n');
    }

    /// <summary>The second rendering usually lacks the first line; sometimes either rendering lacks a paragraph the other has.</summary>
    private void WriteRenderings(StringBuilder output)
    {
        var first = _body;
        var dropFromFirst = -1;
        _second.Clear();
        var roll = rng.Next(100);
        if (roll < 60)
        {
            _second.AddRange(first.Skip(1));
            _renderings = "second-without-first-line";
        }
        else if (roll < 75)
        {
            _second.AddRange(first);
            _renderings = "both-whole";
        }
        else if (roll < 87 && first.Count > 3)
        {
            _renderings = "second-lacks-a-line";
            var skip = rng.Between(2, first.Count - 2);
            for (var i = 1; i < first.Count; i++)
            {
                if (i != skip)
                {
                    _second.Add(first[i]);
                }
            }
        }
        else if (roll < 95 && first.Count > 3)
        {
            _renderings = "first-lacks-a-line";
            _second.AddRange(first.Skip(1));
            dropFromFirst = rng.Between(2, first.Count - 2);
        }
        else
        {
            // A sparse second rendering, like sample 001's "Key talking points:" post: a line or two of the body.
            _renderings = "second-sparse";
            _second.Add(first[Math.Min(1, first.Count - 1)]);
            _second.Add(first[^1]);
        }

        for (var i = 0; i < first.Count; i++)
        {
            if (i != dropFromFirst)
            {
                output.Append(first[i]).Append('\n');
            }
        }
        foreach (var line in _second)
        {
            output.Append(line).Append('\n');
        }
    }

    private void ComposeBody(Lang language, DateOnly published)
    {
        _body.Clear();
        var russian = language == Lang.Ru;
        var tags = russian ? Vocabulary.RuTags : Vocabulary.EnTags;
        var tagStyle = rng.Next(100);

        if (tagStyle < 10)
        {
            _body.Add(TagLine(tags));
        }

        var headline = $"{rng.Pick(Vocabulary.HeadlineEmoji)} {_sentences.Paragraph(russian, 1)}";
        var place = rng.PickSkewed(Vocabulary.Places);
        var dating = rng.Next(100);
        string? datelineBelow = null;
        if (dating < 12)
        {
            headline = headline.TrimEnd('.') + (russian
                ? $" ({place.RuNom}, {DatePhrases.RuDayMonthYear(published)})"
                : $" ({place.En}, {DatePhrases.EnMonthDayYear(published)})");
        }
        else if (dating < 18)
        {
            datelineBelow = russian
                ? $"📍 {place.RuNom}, {DatePhrases.RuDayMonthYear(published)}"
                : $"📍 {place.En}, {DatePhrases.EnMonthDayYear(published)}";
        }
        else if (dating < 21 && !russian)
        {
            datelineBelow = $"{place.En}, {DatePhrases.EnDayMonthYear(published)}";
        }
        else if (dating < 24)
        {
            headline = headline.TrimEnd('.') + (russian ? $" ({DatePhrases.RuDayMonthYear(published)})" : $" ({DatePhrases.EnDayMonthYear(published)})");
        }
        else if (dating < 30)
        {
            var years = rng.Pick(Anniversaries);
            var then = published.AddYears(-years);
            headline = russian
                ? $"📅 {years} лет назад, {DatePhrases.RuDayMonthYear(then)}, {_sentences.Russian()}"
                : rng.Chance(0.2)
                    ? $"{DatePhrases.Keycaps(years)} years ago, on {DatePhrases.EnMonthDayYear(then)}, {_sentences.EnglishContinuation()}"
                    : $"📅 {years} years ago, on {DatePhrases.EnMonthDayYear(then)}, {_sentences.EnglishContinuation()}";
        }
        else if (dating < 40)
        {
            // A date without a year, shortly before publication: its year must come from the neighbours.
            var day = published.AddDays(-rng.Next(4));
            if (day.Year != published.Year)
            {
                day = published;
            }
            headline = russian
                ? $"{DatePhrases.RuDayMonth(day)} в {place.RuPrep} {_sentences.Russian()}"
                : $"On {DatePhrases.EnMonthDay(day)}, {_sentences.EnglishContinuation()}";
        }
        _body.Add(headline);
        if (datelineBelow is not null)
        {
            _body.Add(datelineBelow);
        }

        var paragraphs = rng.Between(2, 7);
        var bullets = rng.Chance(0.25);
        if (bullets)
        {
            _body.Add(russian ? "Основные тезисы:" : "Key points:");
        }
        for (var i = 0; i < paragraphs; i++)
        {
            _body.Add(BodyLine(russian, bullets));
        }
        if (rng.Chance(0.2))
        {
            // A historical date is a mention, never the publication date.
            var when = new DateOnly(rng.Between(1900, 1991), rng.Between(1, 12), rng.Between(1, 28));
            _body.Add(russian
                ? $"{DatePhrases.RuDayMonthYear(when)} {_sentences.Russian()}"
                : $"On {DatePhrases.EnMonthDayYear(when)}, {_sentences.EnglishContinuation()}");
        }
        if (language == Lang.Mixed)
        {
            // An English post followed by its Russian version.
            var count = rng.Between(1, 3);
            for (var i = 0; i < count; i++)
            {
                _body.Add(BodyLine(russian: true, bullets: false));
            }
        }
        if (rng.Chance(0.1))
        {
            _body.Add(rng.Chance(0.5)
                ? $"Learn more: https://mid.ru/en/foreign_policy/news/{rng.Between(1_000_000, 2_000_000)}/"
                : $"We encourage readers to explore the document (in full at http://en.kremlin.ru/events/president/news/{rng.Between(60_000, 80_000)}) and form their own opinion.");
        }
        if (rng.Chance(0.25))
        {
            _body.Add(russian || (language == Lang.Mixed && rng.Chance(0.5)) ? rng.Pick(Vocabulary.RuLinkLabels) : rng.Pick(Vocabulary.EnLinkLabels));
        }

        var mixedTags = language == Lang.Mixed && rng.Chance(0.5) ? Vocabulary.RuTags : tags;
        if (tagStyle is >= 10 and < 45)
        {
            _body.Add(TagLine(mixedTags));
        }
        else if (tagStyle is >= 45 and < 60)
        {
            // Inline: "the #UnitedStates set the goal".
            var at = rng.Between(1, _body.Count - 1);
            var line = _body[at];
            var space = line.IndexOf(' ', Math.Min(line.Length - 1, 8));
            if (space > 0)
            {
                _body[at] = line[..space] + " #" + rng.PickSkewed(mixedTags) + line[space..];
            }
        }
        else if (tagStyle is >= 60 and < 66)
        {
            // Glued to the end of a sentence: "lasting peace.#RussiaUnitedStates".
            _body[^1] = _body[^1] + "#" + rng.PickSkewed(mixedTags);
        }
    }

    private string BodyLine(bool russian, bool bullets)
    {
        var text = _sentences.Paragraph(russian, rng.Between(1, 3));
        var roll = rng.Next(100);
        if (roll < 6)
        {
            return "<...>";
        }
        if (roll < 9)
        {
            return "***";
        }
        if (roll < 16)
        {
            var cut = text.IndexOf(". ", StringComparison.Ordinal);
            text = cut > 0 ? text[..(cut + 1)] + " <...> " + text[(cut + 2)..] : text + " <...>";
        }
        if (bullets)
        {
            return rng.Pick(BulletMarks) + text;
        }
        return rng.Chance(0.45) ? rng.Pick(Vocabulary.LineEmoji) + " " + text : text;
    }

    private string TagLine(string[] tags)
    {
        var count = rng.Between(1, 3);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append('#').Append(rng.PickSkewed(tags));
        }
        return sb.ToString();
    }

    private static readonly int[] Anniversaries = [30, 75, 80, 90, 100];
    private static readonly string[] BulletMarks = ["• ", "🔹 ", "💬 ", "🔹", "🟣 "];

    private enum Lang
    {
        En,
        Ru,
        Mixed,
    }
}
