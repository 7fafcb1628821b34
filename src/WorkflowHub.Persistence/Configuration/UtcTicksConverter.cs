using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WorkflowHub.Persistence.Configuration;

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
