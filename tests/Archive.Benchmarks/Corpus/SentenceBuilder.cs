using System.Text;

namespace Archive.Benchmarks.Corpus;

/// <summary>Builds English and Russian sentences from <see cref="Vocabulary"/>, drawing inflected forms so stemming matters to search.</summary>
public sealed class SentenceBuilder(Rng rng)
{
    public string English()
    {
        var n1 = rng.PickSkewed(Vocabulary.EnNouns);
        var n2 = rng.PickSkewed(Vocabulary.EnNouns);
        var verb = rng.PickSkewed(Vocabulary.EnVerbs);
        var adj = rng.PickSkewed(Vocabulary.EnAdjectives);
        var place = rng.PickSkewed(Vocabulary.Places).En;
        var person = rng.PickSkewed(Vocabulary.People).En;
        return rng.Next(9) switch
        {
            0 => $"{person} {verb.Past} the {adj} {N(n1)} in {place}.",
            1 => $"The {adj} {n1.Plural} {verb.Past} the {N(n2)} of {place} and the {n2.Plural} of its partners.",
            2 => $"We {verb.Base} the {n1.Singular} on {n2.Plural} and remain committed to {rng.Pick(Vocabulary.EnFixedPhrases)}.",
            3 => $"{Cap(verb.Ing)} {adj} {n1.Plural} is the key to {rng.Pick(Vocabulary.EnFixedPhrases)}, {person} noted.",
            4 => $"The {n1.Singular} {verb.ThirdPerson} {adj} {n2.Plural} every year, and this year {place} {verb.Past} the first {n2.Singular}.",
            5 => $"In {place}, the {n1.Plural} of the two countries {verb.Past} {adj} {n2.Plural} during the {N(n1)}.",
            6 => $"As {person} put it, \"{Cap(n1.Plural)} and {n2.Plural} are not a favour, they are our shared responsibility.\"",
            7 => $"The {adj} {n1.Singular} was {verb.Past} by {person} at the {n2.Singular} in {place}.",
            _ => $"Participants {verb.Past} {n1.Plural}, {n2.Plural} and {adj} {rng.PickSkewed(Vocabulary.EnNouns).Plural}.",
        };
    }

    public string Russian()
    {
        var n1 = rng.PickSkewed(Vocabulary.RuNouns);
        var n2 = rng.PickSkewed(Vocabulary.RuNouns);
        var verb = rng.PickSkewed(Vocabulary.RuVerbs);
        var place = rng.PickSkewed(Vocabulary.Places);
        var person = rng.PickSkewed(Vocabulary.People);
        var personVerb = person.Feminine ? verb.Feminine : verb.Masculine;
        var phrase = rng.Pick(Vocabulary.RuGenitivePhrases);
        return rng.Next(8) switch
        {
            0 => $"{person.Ru} {personVerb} {n1.Acc} в {place.RuPrep}.",
            1 => $"Участники {n1.Gen} {verb.Plural} вопросы {n2.Gen} в интересах {phrase}.",
            2 => $"О {n1.Prep} и {n2.Prep} рассказал представитель посольства в {place.RuPrep}.",
            3 => $"В {place.RuPrep} прошли {n1.PluralNom}, посвящённые {phrase}.",
            4 => $"{Cap(n1.PluralNom)} {place.RuGen} высоко оценили {n2.Acc} и {verb.Plural} {rng.PickSkewed(Vocabulary.RuNouns).Acc}.",
            5 => $"Без {n1.Gen} и {n2.PluralGen} невозможно развитие {phrase}.",
            6 => $"«{Cap(n1.Nom)} — это не одолжение, а наша общая ответственность», — подчеркнул {Vocabulary.People[0].Ru}.",
            _ => $"Мы говорим о {n1.Prep}, о судьбах {n2.PluralGen} и о значении {phrase}.",
        };
    }

    /// <summary>A paragraph of a few sentences in one language.</summary>
    public string Paragraph(bool russian, int sentences)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append(russian ? Russian() : English());
        }
        return sb.ToString();
    }

    /// <summary>A sentence to follow a lead-in such as "On March 19, ": its first word lower-cased unless it is a name.</summary>
    public string EnglishContinuation()
    {
        var s = English();
        return Array.Exists(Vocabulary.People, p => s.StartsWith(p.En, StringComparison.Ordinal))
            ? s
            : char.ToLowerInvariant(s[0]) + s[1..];
    }

    private string N(EnNoun noun) => rng.Chance(0.5) ? noun.Singular : noun.Plural;

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
