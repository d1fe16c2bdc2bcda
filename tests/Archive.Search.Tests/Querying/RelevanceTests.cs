using System.Text.RegularExpressions;
using Archive.Search.Querying;
using Archive.Search.Tests.Fixtures;

namespace Archive.Search.Tests.Querying;

/// <summary>Queries in both languages against the real sample posts; expected posts were picked by reading their text.</summary>
public class RelevanceTests(IndexedArchive archive) : IClassFixture<IndexedArchive>
{
    private HashSet<string> Ids(string query) =>
        archive.Searcher.Search(new SearchRequest { Query = query, PageSize = 100 }).Hits.Select(h => h.Id).ToHashSet();

    private HashSet<string> PostsWhere(string pattern) =>
        archive.Posts.Where(p => Regex.IsMatch(p.Text, pattern, RegexOptions.IgnoreCase)).Select(p => p.Id).ToHashSet();

    [Fact]
    public void English_singular_finds_posts_that_only_say_negotiations()
    {
        var hits = Ids("negotiation");
        // p01 says only "negotiations"; p25 says "negotiation".
        Assert.Contains("p01", hits);
        Assert.Contains("p25", hits);
        Assert.Equal(PostsWhere(@"\bnegotiat(e|es|ed|ing|ion|ions)\b"), hits);
    }

    [Fact]
    public void English_plural_finds_the_singular()
    {
        Assert.Contains("p25", Ids("negotiations"));
        Assert.Equal(Ids("negotiation"), Ids("negotiations"));
    }

    [Theory]
    [InlineData("выставка")]
    [InlineData("выставки")]
    [InlineData("Выставке")]
    public void Russian_exhibition_in_any_case_finds_the_post_saying_vystavke(string query) =>
        Assert.Equal(["p28"], Ids(query));

    [Fact]
    public void Russian_embassy_nominative_finds_genitive_and_prepositional_forms()
    {
        // p07 and p22: "Посольства"/"посольства"; p31: "Посольстве".
        Assert.Equal(["p07", "p22", "p31"], Ids("посольство").Order());
    }

    [Fact]
    public void Yo_and_ye_spellings_find_the_same_posts()
    {
        var withYo = Ids("партнёрство");
        Assert.NotEmpty(withYo);
        Assert.Equal(withYo, Ids("партнерство"));
    }

    [Fact]
    public void Mixed_language_post_is_found_by_words_of_either_language()
    {
        Assert.Equal(["p31"], Ids("Cheburashka"));
        Assert.Equal(["p31"], Ids("Чебурашка"));
        Assert.Equal(["p31"], Ids("Maslenitsa Масленица"));
    }

    [Fact]
    public void Hashtag_is_searchable_as_a_word_with_or_without_hash()
    {
        var tagged = archive.Posts.Where(p => p.Text.Contains("#WeWereAllies")).Select(p => p.Id).ToHashSet();
        Assert.Equal(6, tagged.Count); // p00-p04 and the duplicate of p00
        Assert.Equal(tagged, Ids("WeWereAllies"));
        Assert.Equal(tagged, Ids("#wewereallies"));
    }

    [Fact]
    public void All_words_must_match_by_default()
    {
        Assert.Equal(["p00", "p00dup", "p03"], Ids("parade Zhukov").Order());
        Assert.Empty(Ids("parade earthquake"));
    }

    [Fact]
    public void Exact_phrase_matches_only_the_words_in_order()
    {
        Assert.Equal(["p00", "p00dup", "p03"], Ids("\"Brandenburg Gate\"").Order());
        Assert.Empty(Ids("\"Gate Brandenburg\""));
    }

    [Fact]
    public void Or_matches_either_word()
    {
        Assert.Equal(["p30", "p31"], Ids("Maslenitsa OR earthquake").Order());
    }

    [Fact]
    public void Excluded_word_removes_posts_that_contain_it()
    {
        var yalta = PostsWhere(@"\bYalta");
        var crimea = PostsWhere(@"\bCrimea\b");
        var expected = yalta.Except(crimea).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids("Yalta -Crimea"));
    }

    [Fact]
    public void Prefix_matches_unstemmed_word_starts()
    {
        // "Zhukov" alone does not match p30's "Zhukovsky Airport"; the prefix does.
        Assert.DoesNotContain("p30", Ids("Zhukov"));
        Assert.Equal(PostsWhere(@"\bZhukov"), Ids("zhukov*"));
        Assert.Equal(PostsWhere(@"\bnegotiat"), Ids("Negotiat*"));
    }

    [Fact]
    public void Prefix_in_russian_folds_yo()
    {
        Assert.Equal(PostsWhere(@"\bпартн[её]р"), Ids("ПАРТНЁР*"));
    }

    [Fact]
    public void Posts_that_do_not_contain_the_word_do_not_match()
    {
        var hits = Ids("earthquake");
        Assert.Equal(["p30"], hits);
    }

    [Fact]
    public void Related_posts_exclude_the_post_and_its_duplicates()
    {
        var related = archive.Searcher.Related("p00", 5).Select(h => h.Id).ToList();
        Assert.DoesNotContain("p00", related);
        Assert.DoesNotContain(SamplePosts.DuplicateId, related);
        // p03 is the other post on the 1945 Berlin parade.
        Assert.Equal("p03", related.FirstOrDefault());
    }

    [Fact]
    public void Related_of_an_unknown_post_is_empty() =>
        Assert.Empty(archive.Searcher.Related("no-such-post"));
}
