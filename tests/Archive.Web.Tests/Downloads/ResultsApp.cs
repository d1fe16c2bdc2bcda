namespace Archive.Web.Tests.Downloads;

/// <summary>The demo archive with the API's rate limit out of the way: these tests page through every hit.</summary>
public sealed class ResultsApp : ArchiveAppFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Archive:ApiRequestsPerMinute"] = "100000",
    };
}

/// <summary>One app for the download and cursor tests.</summary>
[CollectionDefinition(Name)]
public sealed class ResultsAppCollection : ICollectionFixture<ResultsApp>
{
    public const string Name = "results app";
}
