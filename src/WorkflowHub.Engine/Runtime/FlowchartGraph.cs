using WorkflowHub.Engine.Definitions;

namespace WorkflowHub.Engine.Runtime;

/// <summary>Static facts about a definition's graph: reachability and which Fork each Join closes.</summary>
public sealed class FlowchartGraph
{
    private readonly WorkflowDefinition _definition;
    private readonly Dictionary<string, string?> _forkOfJoin = [];
    private readonly Dictionary<string, IReadOnlySet<string>> _branchActivities = [];

    public FlowchartGraph(WorkflowDefinition definition)
    {
        _definition = definition;
        foreach (var join in definition.Activities.Where(a => a.Type == "Join"))
            _forkOfJoin[join.Id] = NearestUpstreamFork(join.Id);
    }

    /// <summary>The nearest Fork upstream of a Join, or null when there is none.</summary>
    public string? ForkOf(string joinId) => _forkOfJoin.GetValueOrDefault(joinId);

    public IEnumerable<string> JoinsOf(string forkId) => _forkOfJoin.Where(p => p.Value == forkId).Select(p => p.Key);

    /// <summary>Activities strictly between a Fork and its Join: what a Join in "any" mode cancels.</summary>
    public IReadOnlySet<string> BetweenForkAndJoin(string forkId, string joinId)
    {
        var key = forkId + "→" + joinId;
        if (_branchActivities.TryGetValue(key, out var cached)) return cached;
        var forward = Walk(forkId, id => _definition.Outgoing(id).Select(c => c.To), stopAt: joinId);
        var backward = Walk(joinId, id => _definition.Incoming(id).Select(c => c.From), stopAt: forkId);
        var between = forward.Intersect(backward).Where(id => id != forkId && id != joinId).ToHashSet();
        lock (_branchActivities) _branchActivities[key] = between;
        return between;
    }

    public static HashSet<string> ReachableFrom(WorkflowDefinition definition, string startId) =>
        Walk(startId, id => definition.Outgoing(id).Select(c => c.To), stopAt: null);

    private string? NearestUpstreamFork(string joinId)
    {
        var seen = new HashSet<string> { joinId };
        var frontier = new Queue<string>([joinId]);
        while (frontier.Count > 0)
        {
            foreach (var from in _definition.Incoming(frontier.Dequeue()).Select(c => c.From))
            {
                if (!seen.Add(from)) continue;
                if (_definition.FindActivity(from)?.Type == "Fork") return from;
                frontier.Enqueue(from);
            }
        }
        return null;
    }

    private static HashSet<string> Walk(string origin, Func<string, IEnumerable<string>> next, string? stopAt)
    {
        var seen = new HashSet<string> { origin };
        var frontier = new Stack<string>([origin]);
        while (frontier.Count > 0)
        {
            var current = frontier.Pop();
            if (current == stopAt && current != origin) continue;
            foreach (var n in next(current))
                if (seen.Add(n)) frontier.Push(n);
        }
        return seen;
    }
}
