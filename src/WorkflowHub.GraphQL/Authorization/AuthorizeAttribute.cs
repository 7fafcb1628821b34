using System.Reflection;
using WorkflowHub.GraphQL.CodeFirst;

namespace WorkflowHub.GraphQL.Authorization;

/// <summary>
/// Code-first <c>@authorize</c>: on a property or resolver method it guards that field; on a class it
/// guards every field the class contributes (its members, or an extension's or root class's resolvers).
/// Without roles or a policy it only asks for someone signed in.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : ObjectFieldDescriptorAttribute
{
    public AuthorizeAttribute()
    {
    }

    public AuthorizeAttribute(params string[] roles)
    {
        Roles = roles;
    }

    /// <summary>Any one of these roles will do.</summary>
    public string[]? Roles { get; set; }

    public string? Policy { get; set; }

    public AuthorizeDirective ToDirective() => new(Policy, Roles is { Length: > 0 } roles ? roles : null);

    public override void OnConfigure(IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor.Extend().Authorization.Add(ToDirective());
}

/// <summary>Declares a field open to everyone, signed in or not, whatever its type or class asks for.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class AllowAnonymousAttribute : ObjectFieldDescriptorAttribute
{
    public override void OnConfigure(IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor.Extend().Authorization.Add(AuthorizeDirective.Anonymous);
}

/// <summary><c>.Authorize(...)</c> on field descriptors.</summary>
public static class AuthorizeDescriptorExtensions
{
    /// <summary>Only someone signed in holding one of <paramref name="roles"/> (any signed-in user when none are given).</summary>
    public static IObjectFieldDescriptor Authorize(this IObjectFieldDescriptor descriptor, params string[] roles)
    {
        descriptor.Extend().Authorization.Add(new AuthorizeDirective(null, roles.Length > 0 ? roles : null));
        return descriptor;
    }

    /// <summary>Open to everyone, signed in or not.</summary>
    public static IObjectFieldDescriptor AllowAnonymous(this IObjectFieldDescriptor descriptor)
    {
        descriptor.Extend().Authorization.Add(AuthorizeDirective.Anonymous);
        return descriptor;
    }

    /// <summary>Only someone signed in who meets the named policy (and holds one of the roles, when given).</summary>
    public static IObjectFieldDescriptor AuthorizePolicy(this IObjectFieldDescriptor descriptor, string policy, params string[] roles)
    {
        descriptor.Extend().Authorization.Add(new AuthorizeDirective(policy, roles.Length > 0 ? roles : null));
        return descriptor;
    }
}

/// <summary>Declares <c>@authorize</c> so SDL documents may apply it.</summary>
public static class AuthorizeSchemaBuilderExtensions
{
    public static Sdl.SchemaBuilder AddAuthorizeDirectiveType(this Sdl.SchemaBuilder builder) =>
        builder.AddDocumentFromString(AuthorizeDirective.Sdl);
}
