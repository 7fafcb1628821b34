namespace WorkflowHub.GraphQL.Language;

/// <summary>
/// A small process-wide table of recently parsed names, so the same field and type names across
/// documents share one string instead of allocating per occurrence. Fixed size and lossy: a
/// collision just replaces the slot, so hostile input cannot make it grow, and concurrent parsers
/// at worst miss.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 48;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }

        var slot = string.GetHashCode(name) & (Size - 1);
        var cached = Slots[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(name);
        Slots[slot] = created;
        return created;
    }
}
