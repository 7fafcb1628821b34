using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace WorkflowHub.GraphQL.AspNetCore.Http;

/// <summary>Reads the whole request body from its pipe, refusing it as soon as it passes the size limit.</summary>
internal static class BodyReader
{
    public sealed class TooLargeException(long limit) : Exception($"The request body is larger than the {limit} bytes allowed.");

    /// <summary>
    /// Returns the buffered body; the caller must call <see cref="PipeReader.AdvanceTo(SequencePosition)"/>
    /// with its end once done with it.
    /// </summary>
    public static async ValueTask<ReadOnlySequence<byte>> ReadAllAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            throw new TooLargeException(limit);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length > limit)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                throw new TooLargeException(limit);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                return read.Buffer;
            }

            // Nothing consumed, everything examined: the next read returns the buffer grown.
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }
}
