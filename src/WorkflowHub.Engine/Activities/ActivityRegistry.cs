namespace WorkflowHub.Engine.Activities;

/// <summary>The catalogue of activity types. Domain modules add theirs without touching the engine.</summary>
public interface IActivityRegistry
{
    IActivity? Find(string type);
    IReadOnlyCollection<IActivity> All { get; }
}

public sealed class ActivityRegistry : IActivityRegistry
{
    private readonly Dictionary<string, IActivity> _byType;

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        _byType = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!_byType.TryAdd(activity.Descriptor.Type, activity))
                throw new InvalidOperationException($"Activity type '{activity.Descriptor.Type}' is registered twice.");
        }
    }

    public IActivity? Find(string type) => _byType.GetValueOrDefault(type);

    public IReadOnlyCollection<IActivity> All => _byType.Values;
}
