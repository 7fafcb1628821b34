namespace WorkflowHub.Scheduling;

/// <summary>How timers are laid onto Quartz triggers.</summary>
public enum TimerMapping
{
    /// <summary>
    /// One Quartz trigger per second of due time that has timers in it ("slot"), all on one
    /// non-concurrent dispatch job that fires the slot's timers from the timer table in due order.
    /// Quartz's cost is per busy second, not per timer. The default.
    /// </summary>
    Slots,

    /// <summary>One Quartz trigger per timer, keyed by the timer id. Simple, and Quartz's cost is per timer.</summary>
    PerTimer,
}

public enum JobStoreProvider { Sqlite, Postgres }

/// <summary>Settings of the Quartz timer scheduler (configuration section <c>WorkflowHub:Timers</c>).</summary>
public sealed class QuartzTimerOptions
{
    public TimerMapping Mapping { get; set; } = TimerMapping.Slots;

    /// <summary>Sqlite: Quartz's tables live in the engine's SQLite file. Postgres: in <see cref="ConnectionString"/>.</summary>
    public JobStoreProvider Provider { get; set; } = JobStoreProvider.Sqlite;

    /// <summary>Quartz's database; for SQLite the engine's file is used when this is empty.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Several servers share one PostgreSQL database and its timers (Quartz clustering).</summary>
    public bool Clustered { get; set; }

    /// <summary>How often a clustered node checks in; a node silent for this plus the threshold is taken as dead and its work recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Quartz's instance id; "AUTO" generates one per process (needed when clustered).</summary>
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>Quartz worker threads: how many jobs run at once.</summary>
    public int ThreadCount { get; set; } = 4;

    /// <summary>How many timers one dispatch fires at once; live traffic shares the database with the rest.</summary>
    public int FireParallelism { get; set; } = 4;

    /// <summary>
    /// Timers (of different instances) fired in one engine transaction: one commit instead of one per timer.
    /// 1 fires each timer in a transaction of its own.
    /// </summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Upper bound on timer firings per second while catching up (0: no bound).</summary>
    public int MaxFiringsPerSecond { get; set; }

    /// <summary>Due timers read per page by the dispatcher.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>
    /// Slots mapping: only timers due within this horizon have slot triggers in Quartz; a timer due later is
    /// left in the timer table (scheduling it costs nothing) until a reconciliation brings it within the
    /// horizon. Keeps Quartz's trigger table small however many timers wait for days. Must exceed
    /// <see cref="ReconcileInterval"/>.
    /// </summary>
    public TimeSpan SlotHorizon { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Length of a slot in <see cref="TimerMapping.Slots"/> mapping.</summary>
    public TimeSpan SlotLength { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A trigger later than this counts as misfired; its recovery is logged and it fires at once.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Quartz's misfire handler recovers at most this many triggers per pass (one transaction each).</summary>
    public int MaxMisfiresToHandleAtATime { get; set; } = 50;

    /// <summary>Every timer in the table (within the slot horizon) without a trigger gets one, at start and this often.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A safety net: the dispatcher also runs this often and fires anything due that a lost trigger left behind.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Rows per page when the reconciler walks the timer table.</summary>
    public int ReconcilePageSize { get; set; } = 5000;

    /// <summary>Quartz's scheduler name: schedulers sharing a database and this name form a cluster.</summary>
    public string SchedulerName { get; set; } = "WorkflowHub";

    public string TablePrefix { get; set; } = "QRTZ_";
}
