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

    public Column this[string property] => Columns.Single(c => c.Property == property);
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
        var columns = stored.Select(p => new Column(p.Name, p.GetColumnName(store)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), Getter(clrType, p), Setter(clrType, p))).ToArray();
        var token = stored.SingleOrDefault(p => p.IsConcurrencyToken);
        return new EntityTable(clrType, name, columns, Array.IndexOf(stored, key), token is null ? -1 : Array.IndexOf(stored, token))
        {
            _create = Expression.Lambda<Func<object>>(Expression.New(clrType)).Compile(),
        };
    }

    private Func<object>? _create;

    /// <summary>SELECT of every column, for <see cref="Read"/>.</summary>
    public string SelectSql => _select ??= $"SELECT {string.Join(", ", Columns.Select(c => $"\"{c.Name}\""))} FROM \"{Name}\"";
    private string? _select;

    /// <summary>An entity from a row of <see cref="SelectSql"/>, converted back as EF Core would.</summary>
    public object Read(System.Data.Common.DbDataReader reader)
    {
        var entity = _create!();
        for (var i = 0; i < Columns.Count; i++) Columns[i].Write(entity, reader, i);
        return entity;
    }

    private static Action<object, object?> Setter(Type clrType, IProperty property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(Expression.Property(Expression.Convert(entity, clrType), property.PropertyInfo!),
            Expression.Convert(value, property.ClrType));
        return Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
    }

    private static Func<object, object?> Getter(Type clrType, IProperty property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Property(Expression.Convert(entity, clrType), property.PropertyInfo!);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(value, typeof(object)), entity).Compile();
    }

    internal sealed class Column(string property, string name, RelationalTypeMapping mapping, Func<object, object?> getter, Action<object, object?> setter)
    {
        private readonly ValueConverter? _converter = mapping.Converter;
        private readonly Func<System.Data.Common.DbDataReader, int, object> _readProvider =
            ProviderReader(Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? mapping.ClrType) ?? mapping.Converter?.ProviderClrType ?? mapping.ClrType);

        public string Property { get; } = property;
        public string Name { get; } = name;
        public RelationalTypeMapping Mapping { get; } = mapping;

        public object? Read(object entity)
        {
            var value = getter(entity);
            return value is null ? null : _converter is null ? value : _converter.ConvertToProvider(value);
        }

        public void Write(object entity, System.Data.Common.DbDataReader reader, int ordinal)
        {
            if (reader.IsDBNull(ordinal)) return;
            var value = _readProvider(reader, ordinal);
            setter(entity, _converter is null ? value : _converter.ConvertFromProvider(value));
        }

        private static Func<System.Data.Common.DbDataReader, int, object> ProviderReader(Type type) =>
            type == typeof(Guid) ? (r, i) => r.GetGuid(i)
            : type == typeof(string) ? (r, i) => r.GetString(i)
            : type == typeof(int) ? (r, i) => r.GetInt32(i)
            : type == typeof(long) ? (r, i) => r.GetInt64(i)
            : type == typeof(bool) ? (r, i) => r.GetBoolean(i)
            : type == typeof(double) ? (r, i) => r.GetDouble(i)
            : (r, i) => r.GetValue(i);
    }
}
