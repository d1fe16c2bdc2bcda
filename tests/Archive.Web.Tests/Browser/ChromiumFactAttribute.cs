namespace Archive.Web.Tests.Browser;

/// <summary>A browser test: skipped, saying why, when Debian's Chromium is not installed (CI installs it in .ci/run).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static bool ChromiumInstalled => File.Exists(BrowserApp.ChromiumPath);

    public const string SkipReason = $"Debian's Chromium is not at {BrowserApp.ChromiumPath}: apt-get install chromium (.ci/run does) to run the browser tests.";

    public ChromiumFactAttribute()
    {
        if (!ChromiumInstalled)
        {
            Skip = SkipReason;
        }
    }
}

/// <summary>A browser theory, skipped like <see cref="ChromiumFactAttribute"/> when Chromium is absent.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!ChromiumFactAttribute.ChromiumInstalled)
        {
            Skip = ChromiumFactAttribute.SkipReason;
        }
    }
}
