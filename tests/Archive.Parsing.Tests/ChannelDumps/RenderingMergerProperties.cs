using Archive.Parsing.ChannelDumps;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Archive.Parsing.Tests.ChannelDumps;

/// <summary>The merge of two renderings: no line lost, none doubled, each input's order kept.</summary>
public sealed class RenderingMergerProperties
{
    private static bool IsSubsequence(IReadOnlyList<string> part, IReadOnlyList<string> whole)
    {
        var j = 0;
        foreach (var line in whole)
        {
            if (j < part.Count && part[j] == line)
            {
                j++;
            }
        }

        return j == part.Count;
    }

    // Two renderings of one body: each keeps a random subset of the body's distinct lines, in order.
    private static Gen<(List<string> Body, List<string> First, List<string> Second)> Renderings() =>
        from size in Gen.Choose(0, 30)
        from keepFirst in Gen.ListOf(Gen.Elements(true, true, true, false), size)
        from keepSecond in Gen.ListOf(Gen.Elements(true, true, true, false), size)
        let body = Enumerable.Range(0, size).Select(i => $"line {i}").ToList()
        select (body,
            body.Where((_, i) => keepFirst[i]).ToList(),
            body.Where((_, i) => keepSecond[i]).ToList());

    [Property(MaxTest = 300)]
    public Property Renderings_of_one_body_merge_into_every_line_once_in_each_renderings_order() =>
        Prop.ForAll(Renderings().ToArbitrary(), r =>
        {
            // Where only one rendering has a line, the body's order between two such lines is unknowable; each rendering's order is kept.
            var merged = RenderingMerger.Merge(r.First, r.Second);
            var union = r.Body.Where(l => r.First.Contains(l) || r.Second.Contains(l)).ToHashSet();
            return merged.Count == union.Count
                && merged.ToHashSet().SetEquals(union)
                && IsSubsequence(r.First, merged)
                && IsSubsequence(r.Second, merged);
        });

    [Property(MaxTest = 300)]
    public Property Any_two_inputs_are_both_kept_in_order(string[] first, string[] second)
    {
        var a = (first ?? []).Select(s => s ?? "").ToList();
        var b = (second ?? []).Select(s => s ?? "").ToList();
        var merged = RenderingMerger.Merge(a, b);
        return (IsSubsequence(a, merged) && IsSubsequence(b, merged)).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property A_line_appears_as_often_as_the_rendering_that_repeats_it_most(NonNegativeInt repeats)
    {
        var n = repeats.Get % 4 + 1;
        var first = new List<string> { "head" };
        first.AddRange(Enumerable.Repeat("<...>", n));
        first.Add("tail");
        var second = new List<string> { "<...>", "tail" };
        var merged = RenderingMerger.Merge(first, second);
        return (merged.Count(l => l == "<...>") == n && merged.Count(l => l == "tail") == 1).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property A_body_shown_twice_the_second_time_without_its_first_line_comes_back_once() =>
        Prop.ForAll(Renderings().ToArbitrary(), r =>
        {
            var body = r.Body.Select(l => l + " with enough words to count as a sentence").ToList();
            if (body.Count < 3)
            {
                return true;
            }

            var dump = body.Concat(body.Skip(1)).ToList();
            return RenderingMerger.MergeRenderings(dump).SequenceEqual(body);
        });

    [Fact]
    public void A_second_rendering_with_a_quote_the_first_lacks_keeps_it_between_its_neighbours()
    {
        var merged = RenderingMerger.MergeRenderings(
        [
            "Embassy comment",
            "We have read yet another piece by a correspondent",
            "In our opinion, the piece is an example of blatant bias",
            "We encourage readers to explore the document in full",
            "We have read yet another piece by a correspondent",
            "In our opinion, the piece is an example of blatant bias",
            "The quoted paragraph that only the second rendering shows",
            "We encourage readers to explore the document in full",
        ]);
        Assert.Equal(
            [
                "Embassy comment",
                "We have read yet another piece by a correspondent",
                "In our opinion, the piece is an example of blatant bias",
                "The quoted paragraph that only the second rendering shows",
                "We encourage readers to explore the document in full",
            ],
            merged);
    }

    [Fact]
    public void A_body_shown_once_with_a_repeated_elision_is_left_alone()
    {
        string[] body = ["First paragraph of the statement", "<...>", "Second paragraph of the statement", "<...>", "Third paragraph"];
        Assert.Equal(body, RenderingMerger.MergeRenderings(body));
    }
}
