namespace WorkflowHub.GraphQL.AspNetCore.Limits;

/// <summary>Static cost analysis after the IBM GraphQL cost directive specification (as HotChocolate applies it).</summary>
public sealed class CostOptions
{
    /// <summary>Weight of a field returning an object, interface or union without <c>@cost</c>.</summary>
    public double DefaultCompositeFieldCost { get; set; } = 1;

    /// <summary>Weight of a field returning a scalar or enum without <c>@cost</c> (the specification's 0).</summary>
    public double DefaultLeafFieldCost { get; set; }

    /// <summary>Items assumed in a list field that has neither <c>@listSize</c> nor a <c>first</c>/<c>last</c> argument.</summary>
    public int DefaultListSize { get; set; } = 1;

    /// <summary>Weights by schema coordinate (<c>Type.field</c>), for schemas built without SDL directives; they override <c>@cost</c>.</summary>
    public IDictionary<string, double> FieldCosts { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Adds <c>extensions.cost</c> with the computed cost to refused requests.</summary>
    public bool ReportCost { get; set; } = true;
}
