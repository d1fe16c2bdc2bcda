using Archive.Storage.Copies;

namespace Archive.Storage.Tests.Copies;

public sealed class CopyIndexTests
{
    [Fact]
    public void A_signature_finds_the_posts_that_share_a_band_and_not_the_others_after_the_index_grew()
    {
        var index = new CopyIndex();
        // More posts than the index's first size, so the lookups below run after it re-chained its entries.
        for (var key = 1; key <= 1000; key++)
        {
            index.Add(key, Signature(key));
        }
        var grown = index.Count;
        var copy = Signature(500);
        copy[0] ^= 1; // one value of the first band differs: the other seven bands still match

        var found = new HashSet<long>();
        index.Add(1001, copy, found);

        Assert.Equal(1000, grown);
        Assert.Equal([500L], found);
    }

    [Fact]
    public void A_signature_with_every_band_changed_finds_nothing()
    {
        var index = new CopyIndex();
        index.Add(1, Signature(1));
        var changed = Signature(1);
        for (var band = 0; band < CopyIndex.Bands; band++)
        {
            changed[band * 16] ^= 1;
        }

        var found = new HashSet<long>();
        index.Add(2, changed, found);

        Assert.Empty(found);
    }

    [Fact]
    public void A_post_that_shares_one_band_but_few_values_is_not_a_candidate()
    {
        var index = new CopyIndex();
        index.Add(1, Signature(1));
        // The first band (four values) equal, the other 28 values another post's: an estimated Jaccard index of 1/8.
        var oneBand = Signature(2);
        Signature(1).AsSpan(0, 16).CopyTo(oneBand);

        var found = new HashSet<long>();
        index.Add(2, oneBand, found);

        Assert.Empty(found);
    }

    [Fact]
    public void Posts_of_a_crowded_band_value_are_found_through_its_list_and_the_others_of_it_are_not_candidates()
    {
        var index = new CopyIndex();
        // 1,000 posts with one first band (a value most of them reach through the crowded list), the rest their own.
        var shared = Signature(0).AsSpan(0, 16).ToArray();
        for (var key = 1; key <= 1000; key++)
        {
            index.Add(key, WithFirstBand(Signature(key), shared));
        }
        // A copy of 700 that shares only the crowded first band, and one of 2, a post still in the band's chain.
        var copy = OnlyFirstBandShared(WithFirstBand(Signature(700), shared));
        var early = OnlyFirstBandShared(WithFirstBand(Signature(2), shared));

        var found = new HashSet<long>();
        index.Add(1001, copy, found);
        index.Add(1002, early, found);

        Assert.True(700 > CopyIndex.CrowdedAt && 2 <= CopyIndex.CrowdedAt);
        Assert.Equal([2L, 700L], found.Order());
    }

    // One value of each band but the first changed: 25 of 32 values still equal.
    private static byte[] OnlyFirstBandShared(byte[] signature)
    {
        for (var band = 1; band < CopyIndex.Bands; band++)
        {
            signature[band * 16] ^= 1;
        }
        return signature;
    }

    private static byte[] WithFirstBand(byte[] signature, byte[] band)
    {
        band.CopyTo(signature, 0);
        return signature;
    }

    // A signature of distinct values per seed: any two seeds share no band.
    private static byte[] Signature(int seed)
    {
        var bytes = new byte[CopySignature.Bytes];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
