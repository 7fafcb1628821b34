namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

/// <summary>Masks personal data for readers who may not see it in full ("张*", "138****5678").</summary>
public static class Masking
{
    public static string Name(string name)
    {
        var text = name.Trim();
        return text.Length switch
        {
            0 => "",
            1 => "*",
            _ => text[..1] + new string('*', Math.Min(text.Length - 1, 3)),
        };
    }

    public static string Phone(string phone)
    {
        var digits = phone.Trim();
        if (digits.Length < 7) return new string('*', digits.Length);
        return digits[..3] + new string('*', digits.Length - 7) + digits[^4..];
    }
}
