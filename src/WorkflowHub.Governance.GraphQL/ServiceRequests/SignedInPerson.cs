using System.Security.Claims;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

internal static class SignedInPerson
{
    /// <summary>The person id of the signed-in user (their NameIdentifier claim), or null when nobody is signed in.</summary>
    public static string? PersonId(this ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
}
