using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using WorkflowHub.Engine.Ports;
using WorkflowHub.Persistence;
using WorkflowHub.Scheduling.Calendars;
using WorkflowHub.Scheduling.Starts;
using WorkflowHub.Scheduling.Timers;

namespace WorkflowHub.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Durable timers, cron starts and working-time calendars on Quartz.NET with its ADO.NET job store:
    /// in the engine's SQLite file by default (Quartz's tables created by our schema migrator), or in
    /// PostgreSQL, clustered when configured. Register after the store; the schema must be migrated
    /// before hosted services start (the server's start-up tasks do it first).
    /// </summary>
    public static IServiceCollection AddWorkflowQuartzTimers(this IServiceCollection services, QuartzTimerOptions? options = null,
        CalendarConfiguration? calendars = null)
    {
        options ??= new QuartzTimerOptions();
        if (options.Mapping == TimerMapping.Slots && options.SlotHorizon <= options.ReconcileInterval + options.SlotLength)
            throw new ArgumentException($"WorkflowHub:Timers:SlotHorizon ({options.SlotHorizon}) must be longer than ReconcileInterval ({options.ReconcileInterval}), " +
                                        "or a timer could come due before a reconciliation gives it a trigger.");
        services.AddSingleton(options);
        if (options.Provider == JobStoreProvider.Sqlite)
            services.AddSingleton<ISchemaContribution>(_ => new QuartzSchema(options.TablePrefix));
        else
            // Before every other hosted service: the start-up import may already schedule cron starts.
            services.Insert(0, ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService>(sp =>
                new QuartzPostgresSchema(options, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<QuartzPostgresSchema>>())));

        services.AddSingleton<QuartzTimerScheduler>();
        services.Replace(ServiceDescriptor.Singleton<ITimerScheduler>(sp => sp.GetRequiredService<QuartzTimerScheduler>()));
        services.AddSingleton<TimerDispatcher>();
        services.AddSingleton<TimerReconciler>();
        services.AddSingleton<TimerQueries>();
        services.AddSingleton<QuartzStartScheduler>();
        services.Replace(ServiceDescriptor.Singleton<IStartScheduler>(sp => sp.GetRequiredService<QuartzStartScheduler>()));
        services.AddWorkingTimeCalendars(calendars);

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = options.SchedulerName;
                if (options.InstanceId == "AUTO") s.GenerateInstanceId = true;
                else s.InstanceId = options.InstanceId;
            });
            q.UseDefaultThreadPool(options.ThreadCount);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(s =>
                {
                    s.TablePrefix = options.TablePrefix;
                    s.MisfireThreshold = options.MisfireThreshold;
                    s.MaxMisfiresToHandleAtATime = options.MaxMisfiresToHandleAtATime;
                });
                if (options.Provider == JobStoreProvider.Postgres)
                {
                    store.UsePostgres(options.ConnectionString ?? throw new InvalidOperationException("WorkflowHub:Timers:ConnectionString is required for PostgreSQL."));
                    if (options.Clustered)
                        store.UseClustering(c =>
                        {
                            c.CheckinInterval = options.ClusterCheckinInterval;
                            c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                        });
                }
                else
                {
                    store.UseSqlite(options.ConnectionString ?? SqliteConnectionString(services));
                }
            });
        });
        // A stopping node finishes the timer jobs it runs (each is short and commits once); SIGKILL is what recovery is for.
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<TimerStandbyOnStopping>();
        // Runs before Quartz's hosted service starts the scheduler (hosted services start in order).
        var quartzHosted = services.Last(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService));
        services.Remove(quartzHosted);
        services.AddHostedService<TimerStartup>();
        services.Add(quartzHosted);
        return services;
    }

    /// <summary>Working-time calendars from configuration and the API, without the timer scheduler.</summary>
    public static IServiceCollection AddWorkingTimeCalendars(this IServiceCollection services, CalendarConfiguration? calendars = null)
    {
        services.TryAddSingleton(calendars ?? new CalendarConfiguration());
        services.TryAddSingleton<CalendarService>();
        services.Replace(ServiceDescriptor.Singleton<IWorkingTimeCalendar>(sp => sp.GetRequiredService<CalendarService>()));
        return services;
    }

    /// <summary>
    /// Binds <c>WorkflowHub:Timers</c> and <c>WorkflowHub:Calendars</c> and registers the Quartz timers.
    /// With <c>WorkflowHub:Timers:Enabled=false</c> this node fires no timers (an API-only node, or a test that
    /// moves a manual clock and fires due timers itself); calendars still count working time.
    /// </summary>
    public static IServiceCollection AddWorkflowQuartzTimers(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("WorkflowHub:Timers").Get<QuartzTimerOptions>() ?? new QuartzTimerOptions();
        // Engine on PostgreSQL: Quartz's tables join it there, clustered, unless the timers are configured otherwise.
        if (configuration["WorkflowHub:Timers:Provider"] is null
            && configuration.GetSection("WorkflowHub:Database").Get<DatabaseOptions>() is { Provider: DatabaseProvider.Postgres } database)
        {
            options.Provider = JobStoreProvider.Postgres;
            options.ConnectionString ??= database.ConnectionString;
            if (configuration["WorkflowHub:Timers:Clustered"] is null) options.Clustered = true;
        }
        var calendars = new CalendarConfiguration();
        configuration.GetSection("WorkflowHub:Calendars").Bind(calendars.Calendars);
        if (configuration["WorkflowHub:CalendarRefreshInterval"] is { } refresh) calendars.RefreshInterval = TimeSpan.Parse(refresh, System.Globalization.CultureInfo.InvariantCulture);
        return configuration.GetValue("WorkflowHub:Timers:Enabled", true)
            ? services.AddWorkflowQuartzTimers(options, calendars)
            : services.AddWorkingTimeCalendars(calendars);
    }

    private static string SqliteConnectionString(IServiceCollection services)
    {
        var sqlite = services.Select(d => d.ImplementationInstance).OfType<SqliteStoreOptions>().LastOrDefault()
            ?? throw new InvalidOperationException("Add the SQLite store before the Quartz timers, or give WorkflowHub:Timers:ConnectionString.");
        return new SqliteConnectionStringBuilder { DataSource = sqlite.Path, Pooling = true, DefaultTimeout = Math.Max(30, sqlite.BusyTimeoutMs / 1000) }.ToString();
    }
}
