using WorkflowHub.Engine.Ports;

namespace WorkflowHub.Governance.OrgUnits;

/// <summary>
/// Resolves Notify's org recipients to person ids for the channel that delivers outbox rows:
/// "role:grid-head@grid-7" is whoever holds that role at that unit, "orgUnit:parent:grid-7" whoever holds any role at
/// the unit one level up. Other forms are not the org tree's, so the answer is null.
/// </summary>
public sealed class OrgRecipients(OrgDirectory directory) : IRecipientResolver
{
    public const string RolePrefix = "role:";
    public const string ParentPrefix = "orgUnit:parent:";

    public async Task<IReadOnlyList<string>?> ResolveAsync(string recipient, CancellationToken ct)
    {
        if (recipient.StartsWith(ParentPrefix, StringComparison.Ordinal))
        {
            var parent = await directory.ParentAsync(recipient[ParentPrefix.Length..], ct);
            return parent is null ? [] : await directory.StaffAsync(parent.Id, ct);
        }
        if (recipient.StartsWith(RolePrefix, StringComparison.Ordinal) && recipient.IndexOf('@') is var at and > 0)
        {
            var role = recipient[RolePrefix.Length..at];
            return (await directory.HoldersAsync(role, recipient[(at + 1)..], ct)).Select(p => p.Id).ToList();
        }
        return null;
    }
}
