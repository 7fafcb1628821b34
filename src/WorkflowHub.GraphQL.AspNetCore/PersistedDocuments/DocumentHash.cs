using System.Security.Cryptography;
using System.Text;

namespace WorkflowHub.GraphQL.AspNetCore.PersistedDocuments;

/// <summary>The hash that names a persisted document.</summary>
public static class DocumentHash
{
    public const string Prefix = "sha256:";

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="document"/>.</summary>
    public static string Compute(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Reads <c>sha256:&lt;hex&gt;</c> (or a bare hex hash) into the lower-case hex form; false for
    /// anything that is not 64 hex digits, so a store never sees a path or an unknown algorithm.
    /// </summary>
    public static bool TryNormalize(string? documentId, out string hash)
    {
        hash = "";
        if (documentId is null)
        {
            return false;
        }

        var text = documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId.AsSpan(Prefix.Length) : documentId.AsSpan();
        if (text.Length != 64)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        hash = text.ToString().ToLowerInvariant();
        return true;
    }
}
