namespace WorkflowHub.Engine.Ports;

/// <summary>
/// Counts working time: working hours, weekends, public holidays and make-up working days.
/// A calendar is named directly or through an org unit it is assigned to.
/// </summary>
public interface IWorkingTimeCalendar
{
    /// <summary>
    /// The instant at which <paramref name="duration"/> of working time has passed since <paramref name="from"/>.
    /// Each whole 24 hours of the duration counts as one working day, the rest as working hours.
    /// </summary>
    /// <exception cref="UnknownCalendarException">no calendar has that name or serves that org unit.</exception>
    DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan duration, string calendarOrOrgUnit);
}

public sealed class UnknownCalendarException(string message) : Exception(message);
