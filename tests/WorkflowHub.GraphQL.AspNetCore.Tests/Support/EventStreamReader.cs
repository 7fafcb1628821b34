using System.Text;

namespace WorkflowHub.GraphQL.AspNetCore.Tests.Support;

/// <summary>Reads <c>text/event-stream</c> events (event name and data) from a response body as it arrives.</summary>
public sealed class EventStreamReader(Stream body)
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>The next event, or null at the end of the stream; comment lines (keep-alives) are skipped.</summary>
    public async Task<(string Event, string Data)?> ReadAsync()
    {
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name ?? "message", data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                if (data.Length > 0)
                {
                    data.Append('\n');
                }

                data.Append(value);
            }
        }

        return null;
    }
}
