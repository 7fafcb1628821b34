using System.Text;

namespace WorkflowHub.GraphQL.Resolvers;

/// <summary>
/// An immutable response path: field names and list indexes from the root, shared by prefix
/// (appending allocates one small node). <see cref="ToList"/> gives the JSON <c>path</c> of an error.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The field's response key, or null for a list index.</summary>
    public string? Name { get; }

    /// <summary>The list index when <see cref="Name"/> is null.</summary>
    public int Index { get; }

    public bool IsIndex => Name is null;

    /// <summary>Number of segments.</summary>
    public int Depth { get; }

    /// <summary>A path with one field segment.</summary>
    public static ResponsePath Root(string name) => new(null, name, 0);

    public ResponsePath Append(string name) => new(this, name, 0);

    public ResponsePath Append(int index) => new(this, null, index);

    /// <summary>Segments from the root: strings for fields, ints for list indexes.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new object[Depth];
        var current = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            segments[i] = current!.Name ?? (object)current.Index;
            current = current.Parent;
        }

        return segments;
    }

    /// <summary>E.g. <c>users[2].name</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in ToList())
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append((string)segment);
            }
        }

        return builder.ToString();
    }
}
