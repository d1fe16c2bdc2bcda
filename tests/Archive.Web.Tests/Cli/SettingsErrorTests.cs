using System.Diagnostics;

namespace Archive.Web.Tests.Cli;

/// <summary>A setting the archive cannot start with is a one-line usage error naming it, for the site and the verbs alike.</summary>
public sealed class SettingsErrorTests
{
    [Theory]
    [InlineData("serve")]
    [InlineData("export")]
    public async Task A_bad_setting_from_the_environment_is_named_in_one_line_with_exit_code_2(string verb)
    {
        var info = ArchiveProcess.StartInfo(verb, "--data", ArchiveProcess.TempFolder("archive-cli-"));
        info.Environment["Archive__ApiRequestsPerMinute"] = "0";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 2, $"exit code {process.ExitCode}; stderr: {await stderr}");
        Assert.Contains("ApiRequestsPerMinute must be between", await stderr);
        Assert.DoesNotContain("   at ", await stderr);
    }
}
