using Archive.Benchmarks.Harness;

namespace Archive.Benchmarks.Turns;

/// <summary>One build in a turns run: its label, the commit it was published from, and its published app and harness.</summary>
public sealed record PublishedBuild(string Label, string Commit, string App, string Harness)
{
    /// <summary>The name of the file beside a published build's two folders that says which commit it is.</summary>
    public const string CommitFile = "commit";

    /// <summary>
    /// Publishes a build named by <paramref name="spec"/>, <c>[LABEL=]TARGET</c>, into <paramref name="buildsDir"/>:
    /// TARGET is a git revision (published from a temporary worktree; kept under its commit, so a second run reuses it),
    /// <c>.</c> (the working tree as it is, uncommitted changes included; published every run), or a folder a run
    /// published before (holding <c>app/</c> and <c>harness/</c>).
    /// </summary>
    public static async Task<PublishedBuild> PrepareAsync(string spec, string repo, string buildsDir, CancellationToken ct)
    {
        var equals = spec.IndexOf('=', StringComparison.Ordinal);
        var target = equals < 0 ? spec : spec[(equals + 1)..];
        var label = equals < 0 ? (target == "." ? "worktree" : target) : spec[..equals];

        if (target != "." && Directory.Exists(Path.Combine(target, "app")))
        {
            var folder = Path.GetFullPath(target);
            var commitFile = Path.Combine(folder, CommitFile);
            var commit = File.Exists(commitFile) ? (await File.ReadAllTextAsync(commitFile, ct)).Trim() : "unknown";
            return new PublishedBuild(equals < 0 ? Path.GetFileName(folder.TrimEnd('/')) : label, commit, AppIn(folder), HarnessIn(folder));
        }

        if (target == ".")
        {
            var head = await Git.RunAsync(repo, ["rev-parse", "HEAD"], ct);
            var changed = (await Git.RunAsync(repo, ["status", "--porcelain", "--untracked-files=no"], ct)).Length > 0;
            var dir = Path.Combine(buildsDir, "worktree-" + Safe(label));
            await PublishAsync(repo, repo, dir, ct);
            var commit = head + (changed ? "+changes" : "");
            await File.WriteAllTextAsync(Path.Combine(dir, CommitFile), commit, ct);
            return new PublishedBuild(label, commit, AppIn(dir), HarnessIn(dir));
        }

        var sha = await Git.RunAsync(repo, ["rev-parse", "--verify", target + "^{commit}"], ct);
        var published = Path.Combine(buildsDir, sha[..12]);
        if (!File.Exists(Path.Combine(published, CommitFile)))
        {
            var source = Path.Combine(buildsDir, "src-" + sha[..12]);
            if (Directory.Exists(source))
            {
                // Left by a run that was stopped while publishing.
                Directory.Delete(source, recursive: true);
                await Git.RunAsync(repo, ["worktree", "prune"], ct);
            }
            await Git.RunAsync(repo, ["worktree", "add", "--force", "--detach", source, sha], ct);
            try
            {
                await PublishAsync(repo, source, published, ct);
            }
            finally
            {
                await Git.RunAsync(repo, ["worktree", "remove", "--force", source], CancellationToken.None);
            }
            // Written last: a folder without it is a publish that did not finish.
            await File.WriteAllTextAsync(Path.Combine(published, CommitFile), sha, ct);
        }
        return new PublishedBuild(label, sha, AppIn(published), HarnessIn(published));
    }

    /// <summary>A label as a file name.</summary>
    public static string Safe(string label) =>
        string.Concat(label.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));

    private static string AppIn(string dir) => Path.Combine(dir, "app", "Archive.Web.dll");

    private static string HarnessIn(string dir) => Path.Combine(dir, "harness", "Archive.Benchmarks.dll");

    /// <summary>The app and the harness of <paramref name="source"/>, each published by this tree's publish-app.sh, as the image ships them.</summary>
    private static async Task PublishAsync(string repo, string source, string dir, CancellationToken ct)
    {
        var script = Path.Combine(repo, "tests", "Archive.Benchmarks", "publish-app.sh");
        foreach (var (project, output) in new[] { ("src/Archive.Web", "app"), ("tests/Archive.Benchmarks", "harness") })
        {
            await Console.Error.WriteLineAsync($"turns: publishing {Path.Combine(source, project)}");
            var run = await ChildProcess.RunAsync("bash", [script, Path.Combine(source, project), Path.Combine(dir, output)], ct: ct);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"publish-app.sh failed for {Path.Combine(source, project)} (exit {run.ExitCode}).");
            }
        }
    }
}

/// <summary>Runs git in the repository and returns what it printed.</summary>
internal static class Git
{
    public static async Task<string> RunAsync(string repo, IEnumerable<string> args, CancellationToken ct)
    {
        var run = await ChildProcess.RunAsync("git", ["-C", repo, .. args], ct: ct);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed (exit {run.ExitCode}).");
        }
        return run.StandardOutput.Trim();
    }
}
