using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace WorkflowHub.Engine.Expressions;

/// <summary>
/// The memory bound of the script sandbox. Jint 2 has no memory limit and no hook between statements that would not slow
/// every script several times over, but it checks its time limit before each statement: while evaluations run, a
/// watchdog thread looks at each one every few milliseconds and, when the process has both allocated more than its budget
/// since it began and holds half that much more memory than then, moves the evaluation's deadline into the past, so it
/// stops at its next statement. A loop that only makes garbage is left to the time and statement limits. The runtime
/// cannot count another thread's memory, so the counts are the process's: an evaluation running next to one that fills
/// memory may be stopped with it, and each becomes an incident that can be retried. A single built-in call (one huge
/// join) still runs to its end.
/// </summary>
/// <remarks>
/// The watchdog is its own thread, not a thread-pool timer: on a busy server the pool can be starved for hundreds of
/// milliseconds, and a doubling string outgrows any budget by gigabytes in that time.
/// </remarks>
internal static class AllocationWatchdog
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);
    private static readonly ConcurrentDictionary<Watch, byte> Running = new();
    private static readonly SemaphoreSlim Work = new(0);
    private static readonly Lock Gate = new();
    private static Thread? _thread;

    public static Watch Begin(Jint.Engine engine, long budget)
    {
        var watch = new Watch(engine, budget, GC.GetTotalAllocatedBytes(), GC.GetTotalMemory(false));
        Running[watch] = 0;
        lock (Gate)
        {
            _thread ??= StartThread();
        }

        Work.Release();
        return watch;
    }

    private static Thread StartThread()
    {
        var thread = new Thread(Run)
        {
            IsBackground = true,
            Name = "Script memory watchdog",
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
        return thread;
    }

    private static void Run()
    {
        while (true)
        {
            if (Running.IsEmpty) Work.Wait();
            DrainSignals();
            while (!Running.IsEmpty)
            {
                Thread.Sleep(Interval);
                Tick();
            }
        }
    }

    // Every Begin signals once; the loop only needs to know that something runs, so spare signals are dropped.
    private static void DrainSignals()
    {
        while (Work.CurrentCount > 0) Work.Wait(0);
    }

    private static void Tick()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var held = GC.GetTotalMemory(false);
        foreach (var watch in Running.Keys)
        {
            if (allocated - watch.AllocatedAtStart <= watch.Budget || held - watch.HeldAtStart <= watch.Budget / 2) continue;
            watch.Exceeded = true;
            TimeoutTicks(watch.Engine) = 1;
        }
    }

    // Jint 2 compares this with the clock before every statement (Engine.ExecuteStatement).
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_timeoutTicks")]
    private static extern ref long TimeoutTicks(Jint.Engine engine);

    internal sealed class Watch(Jint.Engine engine, long budget, long allocatedAtStart, long heldAtStart) : IDisposable
    {
        public Jint.Engine Engine { get; } = engine;
        public long Budget { get; } = budget;
        public long AllocatedAtStart { get; } = allocatedAtStart;
        public long HeldAtStart { get; } = heldAtStart;
        public volatile bool Exceeded;

        public void Dispose() => Running.TryRemove(this, out _);
    }
}
