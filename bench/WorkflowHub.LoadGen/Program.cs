using System.Globalization;
using WorkflowHub.LoadGen;

// dotnet run -c Release --project bench/WorkflowHub.LoadGen -- --urls http://127.0.0.1:5080,http://127.0.0.1:5081 --password … --duration 60 --rate 5
var arguments = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a[2..], p => p.i + 1 < args.Length ? args[p.i + 1] : "");
string Get(string name, string fallback) => arguments.TryGetValue(name, out var value) ? value : fallback;
double Number(string name, double fallback) => double.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

if (!arguments.ContainsKey("password"))
{
    Console.Error.WriteLine("usage: --urls <url,url> --password <admin password> [--user admin] [--duration s] [--rate req/s | --workers n] [--unanswered share] " +
                            "[--whistles per s] [--pledges per s] [--think ms] [--settle s] [--seed n] [--prefix lg]");
    return 2;
}

var options = new LoadOptions
{
    Servers = Get("urls", "http://127.0.0.1:5080").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u)).ToList(),
    AdminUser = Get("user", "admin"),
    AdminPassword = Get("password", ""),
    Duration = TimeSpan.FromSeconds(Number("duration", 60)),
    Rate = Number("rate", 5),
    Workers = (int)Number("workers", 0),
    UnansweredShare = Number("unanswered", 0.1),
    WhistleRate = Number("whistles", 0.2),
    PledgeRate = Number("pledges", 0.1),
    ThinkTime = TimeSpan.FromMilliseconds(Number("think", 200)),
    Settle = TimeSpan.FromSeconds(Number("settle", 30)),
    Seed = (int)Number("seed", 20261122),
    Prefix = Get("prefix", "lg"),
};
var report = await LoadRun.RunAsync(options);
Console.WriteLine(report);
return report.Audit.Clean ? 0 : 1;
