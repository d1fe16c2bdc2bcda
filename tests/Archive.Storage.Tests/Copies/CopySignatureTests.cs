using Archive.Storage.Copies;

namespace Archive.Storage.Tests.Copies;

public sealed class CopySignatureTests
{
    private const string Yalta = """
        80 years ago, on February 4, 1945, the Yalta (Crimea) Conference of the Allied leaders — Joseph Stalin, Winston Churchill and Franklin D. Roosevelt officially opened.
        The Yalta talks became a symbol of successful cooperation between the Soviet Union, the US and the UK in the fight against the common enemy — Nazism.
        """;

    [Fact]
    public void A_text_under_the_shingle_minimum_has_no_signature()
    {
        Assert.Null(CopySignature.Of("Подписывайтесь на наш канал, чтобы не пропустить главное"));
        Assert.Null(CopySignature.Of(""));
        Assert.NotNull(CopySignature.Of(Yalta));
    }

    [Fact]
    public void Case_punctuation_emoji_and_hashtags_do_not_change_the_signature()
    {
        var plain = CopySignature.Of(Yalta)!;
        var dressed = CopySignature.Of("🇷🇺 #HistoryOfDiplomacy\n" + Yalta.ToUpperInvariant().Replace("—", "🔥 -", StringComparison.Ordinal) + "\n#WWII #Victory80");

        Assert.Equal(CopySignature.Bytes, plain.Length);
        Assert.Equal(plain, dressed);
        Assert.Equal(1.0, CopySignature.Similarity(plain, dressed));
    }

    [Fact]
    public void A_line_added_keeps_a_copy_and_a_different_text_is_not_one()
    {
        var plain = CopySignature.Of(Yalta)!;
        var added = CopySignature.Of(Yalta + "\nRead in full on our website, and subscribe to the channel for more.")!;
        var other = CopySignature.Of("""
            The Ministry of Foreign Affairs held a briefing today on the situation in the Middle East and the humanitarian
            corridors that were opened last week with the help of the United Nations and the Red Crescent society.
            """)!;

        Assert.True(CopySignature.AreCopies(plain, added), $"similarity {CopySignature.Similarity(plain, added)}");
        Assert.False(CopySignature.AreCopies(plain, other), $"similarity {CopySignature.Similarity(plain, other)}");
    }

    [Fact]
    public void Yo_is_read_as_ye()
    {
        Assert.Equal(CopySignature.Of("Ещё одна новость: " + Yalta), CopySignature.Of("Еще одна новость: " + Yalta));
    }
}
