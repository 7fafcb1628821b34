namespace WorkflowHub.GraphQL.Language;

/// <summary>The kinds of lexical tokens. Comments are skipped by the lexer and never returned.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

/// <summary>How graphql-js names token kinds in error messages.</summary>
public static class TokenKindExtensions
{
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "\"!\"", "\"$\"", "\"&\"", "\"(\"", "\")\"", "\"...\"", "\":\"", "\"=\"", "\"@\"",
        "\"[\"", "\"]\"", "\"{\"", "\"|\"", "\"}\"", "Name", "Int", "Float", "String", "BlockString",
    ];

    /// <summary>E.g. <c>"{"</c> for punctuators (quoted), <c>Name</c>, <c>&lt;EOF&gt;</c>.</summary>
    public static string Describe(this TokenKind kind) => Descriptions[(int)kind];

    /// <summary>True for tokens that carry a value (names, numbers, strings).</summary>
    public static bool HasValue(this TokenKind kind) => kind >= TokenKind.Name;
}
