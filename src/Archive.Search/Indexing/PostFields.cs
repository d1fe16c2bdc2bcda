namespace Archive.Search.Indexing;

/// <summary>The index's field names, in one place. How each is indexed, stored and doc-valued is in <see cref="PostDocument"/>.</summary>
public static class PostFields
{
    public const string Id = "id";
    public const string Text = "text";
    public const string Words = "words";
    public const string Channel = "channel";
    public const string ForwardedFrom = "forwarded_from";
    public const string Language = "language";
    public const string Tag = "tag";
    public const string TagDisplay = "tag_display";
    public const string HasMedia = "has_media";
    public const string Published = "published";
    public const string PublishedSort = "published_sort";
    public const string Place = "place";
    public const string Dated = "dated";
    public const string PublishedEarliest = "published_earliest";
    public const string PublishedLatest = "published_latest";
    public const string Stated = "stated";
    public const string Confidence = "confidence";
    public const string MentionedYear = "mentioned_year";
    public const string Reactions = "reactions";
    public const string ContentHash = "content_hash";
    public const string HasCopies = "has_copies";
    public const string CopyChannels = "copy_channels";

    public const string FacetTag = "facet_tag";
    public const string FacetChannel = "facet_channel";
    public const string FacetLanguage = "facet_language";
    public const string FacetMonth = "facet_month";
    public const string FacetForwarded = "facet_forwarded";

    /// <summary>Values of the yes/no string fields.</summary>
    public const string Yes = "1", No = "0";

    /// <summary>A date as the sortable, filterable number the index keeps: 2025-03-18 → 20250318.</summary>
    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    public static DateOnly FromDateKey(int key) => new(key / 10000, key / 100 % 100, key % 100);

    /// <summary>A post's place in its channel as one sortable number: its source file (files in the order the store met them), then its place in the file.</summary>
    public static long PlaceKey(int sourceFileId, int sourceIndex) => ((long)sourceFileId << 32) | (uint)sourceIndex;
}
