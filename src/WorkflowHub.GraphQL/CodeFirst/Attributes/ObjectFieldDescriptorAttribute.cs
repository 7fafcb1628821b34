namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// Base of attributes that configure the field of the member they are placed on, the way a
/// descriptor call would (paging, filtering, sorting and similar conventions derive from it).
/// Attributes run in declaration order, after the member's own settings were inferred.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true)]
public abstract class ObjectFieldDescriptorAttribute : Attribute
{
    public abstract void OnConfigure(IObjectFieldDescriptor descriptor, System.Reflection.MemberInfo member);
}
