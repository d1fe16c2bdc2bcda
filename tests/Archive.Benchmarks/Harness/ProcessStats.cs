using System.Globalization;
using System.Runtime.InteropServices;

namespace Archive.Benchmarks.Harness;

/// <summary>What Linux says a process used: its resident set (peak and now) and CPU time from /proc, and the CPU time of the children this process has waited for.</summary>
public static class ProcessStats
{
    private const int RusageChildren = -1;
    private const int ScClockTicks = 2;

    /// <summary>VmHWM (the peak resident set so far) of <paramref name="pid"/> in MB, or 0 once the process is gone.</summary>
    public static double PeakRssMb(int pid) => StatusMb(pid, "VmHWM:");

    /// <summary>VmRSS (the resident set now) of <paramref name="pid"/> in MB, or 0 once the process is gone.</summary>
    public static double RssMb(int pid) => StatusMb(pid, "VmRSS:");

    private static double StatusMb(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return Math.Round(long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0, 1);
                }
            }
        }
        catch (IOException)
        {
            // The process exited between the check and the read.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }

    /// <summary>User + system CPU seconds of a running process (utime + stime in /proc/PID/stat), all its threads.</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name in parentheses may hold spaces; the fields after it start with the state (field 3).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return (double)ticks / sysconf(ScClockTicks);
    }

    /// <summary>
    /// User + system CPU seconds of every child this process has waited for, its descendants included (getrusage's
    /// RUSAGE_CHILDREN). Read before and after a child runs alone, the difference is that child's exact CPU time, which
    /// sampling /proc while it runs would miss the end of.
    /// </summary>
    public static double WaitedChildrenCpuSeconds()
    {
        if (getrusage(RusageChildren, out var usage) != 0)
        {
            return 0;
        }
        return usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);

    [DllImport("libc")]
    private static extern long sysconf(int name);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }
}
