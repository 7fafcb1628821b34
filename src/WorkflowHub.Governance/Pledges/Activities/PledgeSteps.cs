using WorkflowHub.Engine.Activities;
using WorkflowHub.Engine.Runtime;

namespace WorkflowHub.Governance.Pledges.Activities;

/// <summary>What the pledge activities share: the pledge the instance serves.</summary>
internal static class PledgeSteps
{
    public static readonly PropertyDescriptor PledgeProperty =
        new("pledge", PropertyKind.Expression, Description: "Id of the pledge the instance serves", Default: "=variables.pledgeId");

    public static async Task<Pledge> LoadAsync(ActivityContext context)
    {
        var text = context.RequireString("pledge");
        if (!Guid.TryParse(text, out var id))
            throw new ActivityFaultException($"'{context.Activity.Id}': '{text}' is not a pledge id.");
        var pledge = await context.FindAsync<Pledge>(id) ?? throw new ActivityFaultException($"'{context.Activity.Id}': no pledge {id}.");
        pledge.UpdatedAt = context.Now;
        return pledge;
    }

    public static double Score(ActivityContext context, string property)
    {
        var text = context.RequireString(property);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
            throw new ActivityFaultException($"'{context.Activity.Id}': {property} '{text}' is not a score from 1 to 5.");
        return score;
    }

    public static double Weight(ActivityContext context, string property)
    {
        var text = context.RequireString(property);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var weight) || weight < 0)
            throw new ActivityFaultException($"'{context.Activity.Id}': {property} '{text}' is not a weight of 0 or more.");
        return weight;
    }
}
