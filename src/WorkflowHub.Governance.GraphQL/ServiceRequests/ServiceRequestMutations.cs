using WorkflowHub.Engine.Definitions;
using WorkflowHub.Engine.GraphQL;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using WorkflowHub.Engine.GraphQL.DataAccess;
using WorkflowHub.Engine.GraphQL.Mutations;
using WorkflowHub.Engine.Runtime;
using WorkflowHub.Governance.ServiceRequests;
using WorkflowHub.Security;
using WorkflowHub.GraphQL.CodeFirst;
using WorkflowHub.GraphQL.Execution;

namespace WorkflowHub.Governance.GraphQL.ServiceRequests;

[GraphQLName("SubmitServiceRequestPayload")]
public sealed record SubmitServiceRequestPayload(
    [property: GraphQLDescription("True when this requestId was submitted before: the first request is returned and nothing new was written.")] bool AlreadySubmitted,
    ServiceRequestNode? ServiceRequest);

[GraphQLName("RateServiceRequestPayload")]
public sealed record RateServiceRequestPayload(ResumeOutcome Outcome, ServiceRequestNode? ServiceRequest);

[MutationType]
public sealed class ServiceRequestMutations
{
    [GraphQLDescription("Submits a resident's request: writes it with its reporter and starts the published service-request workflow in one commit. A repeated requestId returns the first request.")]
    public Task<SubmitServiceRequestPayload> SubmitServiceRequestAsync(SubmitServiceRequestInput input, ClaimsPrincipal? user,
        [Service] ServiceRequestIntake intake, [Service] RequestDbContexts db, CancellationToken ct) =>
        Guard(async () =>
        {
            var submitted = await intake.SubmitAsync(input, user.PersonId(), ct);
            return new SubmitServiceRequestPayload(submitted.AlreadySubmitted, await ReadAsync(db, submitted.Id, ct));
        });

    [GraphQLDescription("The resident rates the result: signed in with their tracking code, or by tracking code or id with the phone number the " +
                        "request was submitted with. Completes the rating task, so the request closes or goes back for redo.")]
    public Task<RateServiceRequestPayload> RateServiceRequestAsync(bool resolved, Satisfaction satisfaction, ClaimsPrincipal? user,
        [Service] ServiceRequestRating rating, [Service] RequestDbContexts db, [Service] ICurrentActor actor, CancellationToken ct,
        string? trackingCode = null, Guid? id = null, string? phone = null, string? comment = null) =>
        Guard(async () =>
        {
            // Request ids are public (lists, Open311): only the resident's sign-in or the reporter's phone proves whose rating it is.
            if (actor.IsResident)
            {
                if (trackingCode is not null && trackingCode != actor.TrackingCode) throw new ServiceRequestNotFoundException(trackingCode);
                trackingCode = actor.TrackingCode;
            }
            else if (string.IsNullOrWhiteSpace(phone))
            {
                throw new ServiceRequestInputException([new ValidationError("phone", "Give the phone number the request was submitted with, or sign in with its tracking code.")]);
            }
            var (requestId, result) = await rating.RateAsync(new RateServiceRequestInput(id, trackingCode, phone, resolved, satisfaction, comment),
                user.PersonId(), ct);
            return new RateServiceRequestPayload(result.Outcome, await ReadAsync(db, requestId, ct));
        });

    private static Task<ServiceRequestNode?> ReadAsync(RequestDbContexts db, Guid id, CancellationToken ct) =>
        db.Open().Set<ServiceRequest>().Where(r => r.Id == id).Select(ServiceRequestNode.Projection).FirstOrDefaultAsync(ct);

    private static Task<T> Guard<T>(Func<Task<T>> action) => EngineErrors.Guard(async () =>
    {
        try { return await action(); }
        catch (ServiceRequestInputException e) { throw EngineErrors.Listing(e.Errors, EngineErrors.InputInvalid, "The service request input is not valid"); }
        catch (ServiceRequestNotFoundException e) { throw new GraphQLException(e.Message, EngineErrors.NotFound, innerException: e); }
    });
}
