using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowHub.Persistence.Writes;

/// <summary>
/// How one of the engine's entity types is stored: its table, its columns in a fixed order, and the INSERT and
/// UPDATE statements for a row. Everything is read from the EF model (column names, value conversions, the
/// concurrency token), so rows written here are stored exactly as EF Core would store them.
/// </summary>
internal sealed class EntityTable
{
    private EntityTable(Type clrType, string name, Column[] columns, int keyIndex, int tokenIndex)
    {
        ClrType = clrType;
        Name = name;
        Columns = columns;
        KeyIndex = keyIndex;
        TokenIndex = tokenIndex;
        var quoted = columns.Select(c => $"\"{c.Name}\"").ToArray();
        InsertSql = $"INSERT INTO \"{name}\" ({string.Join(", ", quoted)}) VALUES ({string.Join(", ", columns.Select((_, i) => "@c" + i))});";
        if (keyIndex >= 0)
        {
            var assignments = columns.Select((c, i) => (c, i)).Where(x => x.i != keyIndex).Select(x => $"{quoted[x.i]} = @c{x.i}");
            var where = $"{quoted[keyIndex]} = @c{keyIndex}" + (tokenIndex >= 0 ? $" AND {quoted[tokenIndex]} = @original" : "");
            UpdateSql = $"UPDATE \"{name}\" SET {string.Join(", ", assignments)} WHERE {where};";
        }
    }

    public Type ClrType { get; }
    public string Name { get; }
    /// <summary>Every stored column except a key the database generates (the journal's row id).</summary>
    public IReadOnlyList<Column> Columns { get; }
    /// <summary>The key column among <see cref="Columns"/>, or -1 when rows are only ever inserted.</summary>
    public int KeyIndex { get; }
    /// <summary>The optimistic-concurrency column (the instance's revision), or -1.</summary>
    public int TokenIndex { get; }
    public string InsertSql { get; }
    public string? UpdateSql { get; }

    /// <summary>The row's values as the database stores them.</summary>
    public object?[] Values(object entity)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Columns[i].Read(entity);
        return values;
    }

    public static EntityTable Describe(IModel model, Type clrType)
    {
        var entity = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var stored = entity.GetProperties().Where(p => !(p == key && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long))).ToArray();
        var columns = stored.Select(p => new Column(p.GetColumnName(store)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter(clrType, p))).ToArray();
        var token = stored.SingleOrDefault(p => p.IsConcurrencyToken);
        return new EntityTable(clrType, name, columns, Array.IndexOf(stored, key), token is null ? -1 : Array.IndexOf(stored, token));
    }

    private static Func<object, object?> Getter(Type clrType, IProperty property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Property(Expression.Convert(entity, clrType), property.PropertyInfo!);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), entity).Compile();
    }

    internal sealed class Column(string name, RelationalTypeMapping mapping, Func<object, object?> getter)
    {
        private readonly ValueConverter? _converter = mapping.Converter;

        public string Name { get; } = name;
        public RelationalTypeMapping Mapping { get; } = mapping;

        public object? Read(object entity)
        {
            var value = getter(entity);
            return value is null ? null : _converter is null ? value : _converter.ConvertToProvider(value);
        }
    }
}
