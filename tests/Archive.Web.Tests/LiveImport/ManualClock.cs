namespace Archive.Web.Tests.LiveImport;

/// <summary>
/// A clock that moves only when the test says, so settle times need no sleeping; its timers (Task.Delay on this clock)
/// fire only when it is moved past them. A background service that waits on it tells the test, by starting a timer,
/// that it has finished a round of work.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _watchers = [];
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>How many timers have been started on this clock so far.</summary>
    public int TimersStarted { get; private set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Moves the clock on and fires the timers that fall due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.Due <= _now).ToList();
            foreach (var timer in due)
            {
                _timers.Remove(timer);
            }
        }
        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    /// <summary>Completes once <paramref name="count"/> timers in all have been started on this clock.</summary>
    public Task TimersStartedAsync(int count)
    {
        lock (_gate)
        {
            if (TimersStarted >= count)
            {
                return Task.CompletedTask;
            }
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _watchers.Add((count, reached));
            return reached.Task;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Only one-shot timers are needed here (Task.Delay makes those).
        var timer = new ManualTimer(this, callback, state);
        List<TaskCompletionSource> reached;
        lock (_gate)
        {
            TimersStarted++;
            timer.Due = _now + dueTime;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _timers.Add(timer);
            }
            reached = _watchers.Where(w => w.Count <= TimersStarted).Select(w => w.Reached).ToList();
            _watchers.RemoveAll(w => w.Count <= TimersStarted);
        }
        foreach (var watcher in reached)
        {
            watcher.SetResult();
        }
        return timer;
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset Due { get; set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            clock.Remove(this);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                lock (clock._gate)
                {
                    Due = clock._now + dueTime;
                    clock._timers.Add(this);
                }
            }
            return true;
        }

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
