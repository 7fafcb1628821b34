using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using WorkflowHub.Engine.Instances;

namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// The engine's own entities, written by <see cref="RowWriter"/> instead of EF Core's change tracker: what every
/// transition writes. Definitions, calendars and modules' entities stay with EF Core.
/// </summary>
internal sealed class EngineTables
{
    private static readonly Type[] Types =
        [typeof(WorkflowInstance), typeof(Bookmark), typeof(TaskItem), typeof(WorkflowTimer), typeof(JournalEntry), typeof(OutboxMessage), typeof(Incident)];

    private static readonly ConditionalWeakTable<IModel, EngineTables> ByModel = new();

    private readonly Dictionary<Type, EntityTable> _tables;

    private EngineTables(IModel model) => _tables = Types.ToDictionary(t => t, t => EntityTable.Describe(model, t));

    public static EngineTables For(IModel model) => ByModel.GetValue(model, m => new EngineTables(m));

    public static bool IsEngineType(Type type) => Array.IndexOf(Types, type) >= 0;

    public EntityTable this[Type type] => _tables[type];
}
