using System.Security.Cryptography;

namespace WorkflowHub.Governance.ServiceRequests;

/// <summary>Codes like "SR-20261122-7KQ3M9": the day it was received and six characters a resident can read out by phone.</summary>
public static class TrackingCode
{
    // No 0/O, 1/I/L or U: nothing to mishear or misread.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset receivedAt, TimeZoneInfo zone)
    {
        Span<char> tail = stackalloc char[6];
        for (var i = 0; i < tail.Length; i++) tail[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"SR-{TimeZoneInfo.ConvertTime(receivedAt, zone):yyyyMMdd}-{tail}";
    }
}
