using System.Security.Claims;

namespace WorkflowHub.Engine.GraphQL;

public static class SignedInUser
{
    /// <summary>The person id of the signed-in user (their NameIdentifier claim), or null when nobody is signed in.</summary>
    public static string? PersonId(this ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
