using System.Security.Claims;
using System.Text.Json.Nodes;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Nodes;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.GraphQL.Authorization;
using WorkflowHub.GraphQL.CodeFirst;
using Microsoft.EntityFrameworkCore;

namespace WorkflowHub.Engine.GraphQL.Mutations;

[GraphQLName("MigrationWait")]
[GraphQLDescription("Something the instance waits on, and whether the target version has its activity (same id and type).")]
public sealed record MigrationWaitNode(MigrationWaitKind Kind, string ActivityId, string ActivityType, string Detail, bool Maps, string? Problem);

[GraphQLName("MigrationVariable")]
public sealed record MigrationVariableNode(string Name, [property: GraphQLDescription("The default it is added with.")] JsonNode? Default);

[GraphQLName("MigrationProblem")]
public sealed record MigrationProblemNode([property: GraphQLDescription("Where: $.toVersion, $.waits[i], $.faulted, $.id.")] string Path, string Message);

[GraphQLName("WorkflowMigrationReport")]
public sealed record WorkflowMigrationReportNode(
    Guid InstanceId, string DefinitionId, int FromVersion, int ToVersion, bool DryRun,
    [property: GraphQLDescription("True when the instance was moved (never on a dry run).")] bool Migrated,
    [property: GraphQLDescription("True when nothing blocks the move.")] bool CanMigrate,
    IReadOnlyList<MigrationWaitNode> Waits, IReadOnlyList<MigrationVariableNode> AddedVariables, IReadOnlyList<MigrationProblemNode> Problems,
    [property: GraphQLDescription("The instance as it stands after the call.")] WorkflowInstanceNode? Instance);

[MutationType]
public sealed class MigrationMutations
{
    public const string MigrationBlocked = "MIGRATION_BLOCKED";

    [Authorize(EngineRoles.WorkflowAdmin)]
    [GraphQLDescription("Moves a running instance to a newer version of its definition. With dryRun: true only reports what would happen; " +
                        "otherwise moves it when nothing blocks, else refuses with MIGRATION_BLOCKED and every problem under extensions.errors.")]
    public Task<WorkflowMigrationReportNode> MigrateWorkflowInstanceAsync(Guid id, int toVersion, bool dryRun, ClaimsPrincipal? user,
        [Service] WorkflowRuntime runtime, [Service] RequestDbContexts db, CancellationToken ct) =>
        EngineErrors.Guard(async () =>
        {
            MigrationReport report;
            try
            {
                report = await runtime.MigrateAsync(id, toVersion, dryRun, user.PersonId(), ct);
            }
            catch (MigrationBlockedException e)
            {
                throw EngineErrors.Listing(e.Report.Problems, MigrationBlocked, $"The instance cannot move to version {toVersion}");
            }
            var instance = await db.Open().Instances.Where(i => i.Id == id).Select(WorkflowInstanceNode.Projection).FirstOrDefaultAsync(ct);
            return new WorkflowMigrationReportNode(report.InstanceId, report.DefinitionId, report.FromVersion, report.ToVersion, report.DryRun,
                report.Migrated, report.CanMigrate,
                report.Waits.Select(w => new MigrationWaitNode(w.Kind, w.ActivityId, w.ActivityType, w.Detail, w.Maps, w.Problem)).ToList(),
                report.AddedVariables.Select(v => new MigrationVariableNode(v.Name, v.Default)).ToList(),
                report.Problems.Select(p => new MigrationProblemNode(p.Path, p.Message)).ToList(),
                instance);
        });
}
