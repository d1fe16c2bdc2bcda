namespace Archive.Benchmarks.Corpus;

/// <summary>How one generated channel writes: the traits differ per channel as they do between the sample files.</summary>
/// <param name="Name">Used in the file names.</param>
/// <param name="ReactionShare">Posts with a reactions line (0 for a channel like sample 000).</param>
/// <param name="ForwardShare">Posts with a forward header.</param>
/// <param name="NoMarkerShare">Posts with neither header, media, notice nor reactions (like sample 002).</param>
/// <param name="RussianShare">Posts in Russian only.</param>
/// <param name="MixedShare">Posts with an English paragraph and its Russian version.</param>
public sealed record ChannelProfile(
    string Name,
    double ReactionShare,
    double ForwardShare,
    double NoMarkerShare,
    double RussianShare,
    double MixedShare)
{
    public static readonly ChannelProfile[] All =
    [
        new("embassy-uk", ReactionShare: 0.85, ForwardShare: 0.2, NoMarkerShare: 0, RussianShare: 0.35, MixedShare: 0.1),
        new("mfa-history", ReactionShare: 0, ForwardShare: 1, NoMarkerShare: 0, RussianShare: 0.1, MixedShare: 0.05),
        new("embassy-sg", ReactionShare: 0.6, ForwardShare: 0.1, NoMarkerShare: 0.15, RussianShare: 0.2, MixedShare: 0.25),
        new("osce-mission", ReactionShare: 0.5, ForwardShare: 0.5, NoMarkerShare: 0, RussianShare: 0.2, MixedShare: 0.1),
        new("mfa-ru", ReactionShare: 0.8, ForwardShare: 0.3, NoMarkerShare: 0.05, RussianShare: 0.7, MixedShare: 0.1),
    ];
}
