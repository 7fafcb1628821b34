using System.Text;

namespace WorkflowHub.GraphQL.Language;

/// <summary>Prints a string as a quoted GraphQL string literal, escaping like graphql-js <c>printString</c>.</summary>
public static class StringLiteral
{
    public static string Print(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c is < '\u007F' or > '\u009F')
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append("\\u").Append(((int)c).ToString("X4")); break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart);
        return builder.Append('"').ToString();
    }
}
