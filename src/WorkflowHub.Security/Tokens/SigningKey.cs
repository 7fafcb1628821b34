namespace WorkflowHub.Security.Tokens;

/// <summary>A key that signs tokens, generated at first start when none is configured. The newest signs; all verify.</summary>
public sealed class SigningKey
{
    public required string Id { get; set; }
    public required byte[] Key { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
