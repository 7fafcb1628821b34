using Microsoft.EntityFrameworkCore;
using WorkflowHub.GraphQL.Data.Filtering;

namespace WorkflowHub.GraphQL.Data.Tests.Filtering;

public sealed class FilterTests
{
    private static readonly FilterFields<Ticket> Filters = new FilterFields<Ticket>()
        .Field("title", t => t.Title)
        .Field("note", t => t.Note)
        .Field("status", t => t.Status)
        .Field("priority", t => t.Priority)
        .Field("createdAt", t => t.CreatedAt)
        .Field("dueAt", t => t.DueAt)
        .Field("id", t => t.Id);

    private static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries) => entries.ToDictionary(e => e.Key, e => e.Value);

    public static TheoryData<string, Dictionary<string, object?>, Func<Ticket, bool>> Cases => new()
    {
        { "enum by GraphQL name", Obj(("status", Obj(("eq", "IN_PROGRESS")))), t => t.Status == TicketStatus.InProgress },
        { "enum in list", Obj(("status", Obj(("in", new object?[] { "OPEN", "CLOSED" })))), t => t.Status != TicketStatus.InProgress },
        { "not in", Obj(("priority", Obj(("nin", new object?[] { 0, 1 })))), t => t.Priority >= 2 },
        { "contains", Obj(("title", Obj(("contains", "water")))), t => t.Title.Contains("water") },
        { "ncontains", Obj(("title", Obj(("ncontains", "water")))), t => !t.Title.Contains("water") },
        { "startsWith and endsWith", Obj(("title", Obj(("startsWith", "Ticket 01"), ("endsWith", "noise")))), t => t.Title.StartsWith("Ticket 01") && t.Title.EndsWith("noise") },
        { "range on an instant given as text", Obj(("createdAt", Obj(("gte", "2026-11-01T08:10:00Z"), ("lt", "2026-11-01T08:20:00Z")))),
            t => t.CreatedAt >= Tickets.Start.AddMinutes(10) && t.CreatedAt < Tickets.Start.AddMinutes(20) },
        { "eq null", Obj(("dueAt", Obj(("eq", null)))), t => t.DueAt == null },
        { "neq null", Obj(("note", Obj(("neq", null)))), t => t.Note != null },
        { "contains skips nulls", Obj(("note", Obj(("contains", "1")))), t => t.Note != null && t.Note.Contains('1') },
        { "fields of one object all hold", Obj(("priority", Obj(("eq", 2))), ("status", Obj(("neq", "CLOSED")))), t => t.Priority == 2 && t.Status != TicketStatus.Closed },
        { "or", Obj(("or", new object?[] { Obj(("priority", Obj(("eq", 0)))), Obj(("title", Obj(("endsWith", "7 noise")))) })),
            t => t.Priority == 0 || t.Title.EndsWith("7 noise") },
        { "and inside or", Obj(("or", new object?[] { Obj(("and", new object?[] { Obj(("priority", Obj(("gt", 1)))), Obj(("status", Obj(("eq", "OPEN")))) })), Obj(("dueAt", Obj(("eq", null)))) })),
            t => (t.Priority > 1 && t.Status == TicketStatus.Open) || t.DueAt == null },
        { "empty filter", Obj(), _ => true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_select_in_sql_exactly_the_rows_the_filter_describes(string what, Dictionary<string, object?> where, Func<Ticket, bool> expected)
    {
        var tickets = Tickets.Make(40);
        await using var database = await TicketDatabase.CreateAsync(tickets);
        await using var db = database.Open();

        var predicate = Filters.Build(where);
        var found = await (predicate is null ? db.Tickets : db.Tickets.Where(predicate)).Select(t => t.Title).ToListAsync();

        Assert.Equal(tickets.Where(expected).Select(t => t.Title).Order(), found.Order());
        Assert.True(predicate is null || database.Statements.Single().Contains("WHERE"), what);
    }

    [Fact]
    public void Should_name_the_place_of_an_unknown_field()
    {
        var error = Assert.Throws<DataInputException>(() =>
            Filters.Build(Obj(("or", new object?[] { Obj(("priority", Obj(("eq", 1)))), Obj(("colour", Obj(("eq", "red")))) }))));

        Assert.Equal("where.or[1].colour", error.Path);
        Assert.Contains("title", error.Message);
    }

    [Theory]
    [InlineData("status", "contains", "OPEN", "where.status.contains", "does not apply")]
    [InlineData("status", "eq", "LOST", "where.status.eq", "OPEN")]
    [InlineData("createdAt", "gt", "yesterday", "where.createdAt.gt", "not a valid")]
    [InlineData("priority", "eq", null, "where.priority.eq", "never null")]
    [InlineData("title", "startsWith", null, "where.title.startsWith", "needs a value")]
    public void Should_say_what_is_wrong_with_an_operation_and_where(string field, string operation, object? value, string path, string message)
    {
        var error = Assert.Throws<DataInputException>(() => Filters.Build(Obj((field, Obj((operation, value))))));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }
}
