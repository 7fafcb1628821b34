using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace WorkflowHub.GovernanceBench;

/// <summary>
/// Writes the data set straight into SQLite: one transaction, one prepared statement per table, and the request
/// table's indexes dropped during the load and rebuilt after it (sorting once beats a million random index inserts).
/// </summary>
internal sealed class BulkLoader(string databasePath, int requests, DateTimeOffset yearStart)
{
    public const int Streets = 10, CommunitiesPerStreet = 10, GridsPerCommunity = 10;
    private readonly Random _random = new(2026);
    private readonly List<(string Id, string Path)> _grids = [];

    public void Load()
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var indexes = Strings(connection, "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='governance_service_requests' AND sql IS NOT NULL");
        foreach (var name in Strings(connection, "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='governance_service_requests' AND sql IS NOT NULL"))
            Execute(connection, $"DROP INDEX \"{name}\"");

        var watch = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            LoadTree(connection, transaction);
            LoadRequests(connection, transaction);
            LoadWhistles(connection, transaction, requests / 50);
            LoadPledges(connection, transaction, requests / 200);
            transaction.Commit();
        }
        Console.WriteLine($"loaded {requests:N0} requests in {watch.Elapsed.TotalSeconds:F1} s");
        watch.Restart();
        foreach (var sql in indexes) Execute(connection, sql);
        Execute(connection, "ANALYZE;");
        Console.WriteLine($"indexes rebuilt and analysed in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private void LoadTree(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var insert = Prepare(connection, transaction,
            "INSERT INTO governance_org_units (Id, ParentId, Kind, Name, Path, Depth, CreatedAt, UpdatedAt) VALUES ($id, $parent, $kind, $name, $path, $depth, 0, 0)",
            "$id", "$parent", "$kind", "$name", "$path", "$depth");
        void Unit(string id, string? parent, string kind, string path, int depth) => Run(insert, id, parent, kind, kind + " " + id, path, depth);
        Unit("d1", null, "District", "/d1/", 0);
        for (var s = 1; s <= Streets; s++)
        {
            var street = $"s{s:00}";
            Unit(street, "d1", "Street", $"/d1/{street}/", 1);
            for (var c = 1; c <= CommunitiesPerStreet; c++)
            {
                var community = $"{street}c{c:00}";
                Unit(community, street, "Community", $"/d1/{street}/{community}/", 2);
                for (var g = 1; g <= GridsPerCommunity; g++)
                {
                    var grid = $"{community}g{g:00}";
                    var path = $"/d1/{street}/{community}/{grid}/";
                    Unit(grid, community, "Grid", path, 3);
                    _grids.Add((grid, path));
                }
            }
        }
    }

    private void LoadRequests(SqliteConnection connection, SqliteTransaction transaction)
    {
        string[] columns = ["Id", "TrackingCode", "Title", "Description", "Category", "Channel", "OrgUnitId", "HandlingUnitId", "OrgPath", "Status",
            "SubmittedAt", "SignForDueAt", "SignedForAt", "RespondedAt", "DueAt", "ResolvedAt", "ClosedAt", "Overdue", "ReturnCount", "RedoCount",
            "ExtensionCount", "RatedResolved", "Rating", "RatedAt", "ReporterId", "UpdatedAt"];
        using var insert = Prepare(connection, transaction,
            $"INSERT INTO governance_service_requests ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))})",
            columns.Select(c => "$" + c).ToArray());
        string[] categories = ["emergency", "utilities", "general", "complex"];
        string[] channels = ["Visit", "Hotline", "App", "WalkIn", "Locker"];
        var yearTicks = TimeSpan.FromDays(365).Ticks;
        for (var i = 0; i < requests; i++)
        {
            var (grid, path) = _grids[_random.Next(_grids.Count)];
            var submitted = yearStart.UtcTicks + (long)(_random.NextDouble() * yearTicks);
            var signForDue = submitted + TimeSpan.TicksPerHour * 2;
            var stage = _random.Next(100);
            // Most requests of a year are closed; the rest stand at every earlier step.
            var status = stage switch { < 70 => "Closed", < 76 => "Resolved", < 82 => "Handling", < 88 => "Contacted", < 93 => "SignedFor", < 96 => "Dispatched", < 98 => "Redo", _ => "Returned" };
            var responded = stage >= 82 || status == "Handling" ? submitted + (long)(_random.NextDouble() * 3 * TimeSpan.TicksPerHour) : (long?)null;
            var rated = status is "Closed" or "Redo";
            var rating = rated ? (_random.Next(100) switch { < 70 => "Satisfied", < 90 => "BasicallySatisfied", _ => "Dissatisfied" }) : null;
            Run(insert,
                Guid.NewGuid().ToString().ToUpperInvariant(), $"SR-{i:D8}", "Request " + i, "", categories[_random.Next(4)], channels[_random.Next(5)],
                grid, grid, path, status, submitted, signForDue, submitted + TimeSpan.TicksPerHour, responded ?? (stage < 82 ? submitted + TimeSpan.TicksPerHour : null),
                submitted + TimeSpan.TicksPerDay * 7, stage < 76 ? submitted + TimeSpan.TicksPerDay * 3 : null, status == "Closed" ? submitted + TimeSpan.TicksPerDay * 4 : null,
                _random.Next(100) < 6 ? 1 : 0, 0, status == "Redo" ? 1 : 0, 0,
                rated ? (_random.Next(100) < 96 ? 1 : 0) : null, rating, rated ? submitted + TimeSpan.TicksPerDay * 4 : null,
                Guid.NewGuid().ToString().ToUpperInvariant(), submitted);
            if (i > 0 && i % 100_000 == 0) Console.WriteLine($"  {i:N0} requests");
        }
    }

    private void LoadWhistles(SqliteConnection connection, SqliteTransaction transaction, int count)
    {
        using var insert = Prepare(connection, transaction,
            "INSERT INTO governance_whistles (Id, Title, Grade, Level, OrgUnitId, OrgPath, Automatic, Status, RaisedAt, Upgrades, UpdatedAt) VALUES ($id, 'Whistle', $grade, 'Grid', $unit, $path, $auto, $status, $at, 0, $at)",
            "$id", "$grade", "$unit", "$path", "$auto", "$status", "$at");
        string[] grades = ["Blue", "Yellow", "Red"], statuses = ["Raised", "ReportedIn", "Noticed", "Resolved"];
        for (var i = 0; i < count; i++)
        {
            var (grid, path) = _grids[_random.Next(_grids.Count)];
            Run(insert, Guid.NewGuid().ToString().ToUpperInvariant(), grades[_random.Next(3)], grid, path, _random.Next(2), statuses[_random.Next(4)], RandomTicks());
        }
    }

    private void LoadPledges(SqliteConnection connection, SqliteTransaction transaction, int count)
    {
        using var insert = Prepare(connection, transaction,
            "INSERT INTO governance_pledges (Id, MemberId, BranchId, OrgPath, Title, Source, Target, Year, DueAt, Status, ReturnCount, CreatedAt, FulfilledAt, Score, Flagged, UpdatedAt) " +
            "VALUES ($id, $member, $branch, $path, 'Pledge', 'Need', 'Target', 2026, $due, $status, 0, $at, $fulfilled, $score, 0, $at)",
            "$id", "$member", "$branch", "$path", "$due", "$status", "$at", "$fulfilled", "$score");
        string[] statuses = ["Submitted", "Published", "Fulfilled", "Reviewed", "Lapsed"];
        for (var i = 0; i < count; i++)
        {
            var (_, path) = _grids[_random.Next(_grids.Count)];
            var branch = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[2];
            var status = statuses[_random.Next(5)];
            var at = RandomTicks();
            Run(insert, Guid.NewGuid().ToString().ToUpperInvariant(), $"m{i}", branch, path[..(path.IndexOf(branch, StringComparison.Ordinal) + branch.Length + 1)],
                at + TimeSpan.TicksPerDay * 180, status, at, status is "Fulfilled" or "Reviewed" ? at + TimeSpan.TicksPerDay * 90 : null,
                status == "Reviewed" ? 3 + _random.NextDouble() * 2 : null);
        }
    }

    private long RandomTicks() => yearStart.UtcTicks + (long)(_random.NextDouble() * TimeSpan.FromDays(365).Ticks);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }
}
