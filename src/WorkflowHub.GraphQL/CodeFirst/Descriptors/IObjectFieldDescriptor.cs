using System.Linq.Expressions;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>Configures one field of an object or interface type.</summary>
public interface IObjectFieldDescriptor
{
    IObjectFieldDescriptor Name(string name);

    IObjectFieldDescriptor Description(string? description);

    /// <summary>Deprecates the field; without a reason GraphQL's default "No longer supported" is used.</summary>
    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>The field's type as a schema type class (<c>NonNullType&lt;UuidType&gt;</c>), a type definition class or a CLR type.</summary>
    IObjectFieldDescriptor Type<TSchemaType>();

    IObjectFieldDescriptor Type(IOutputType type);

    /// <summary>The field's type in SDL syntax, e.g. <c>"[Task!]!"</c>.</summary>
    IObjectFieldDescriptor Type(string typeSyntax);

    IObjectFieldDescriptor Type(TypeReference type);

    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    IObjectFieldDescriptor Resolve(FieldResolver resolver);

    IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver);

    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver);

    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolver);

    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, ValueTask<TResult>> resolver);

    /// <summary>Resolves with a method of <typeparamref name="TResolver"/> (from services, else created once): <c>ResolveWith&lt;Resolvers&gt;(r =&gt; r.GetTasks(default!, default))</c>.</summary>
    IObjectFieldDescriptor ResolveWith<TResolver>(Expression<Func<TResolver, object?>> method);

    /// <summary>For subscription fields: the event stream; each event is passed to the resolver as the parent value.</summary>
    IObjectFieldDescriptor Subscribe(SubscribeResolver subscriber);

    /// <summary>Wraps the resolver; the first middleware added is the outermost.</summary>
    IObjectFieldDescriptor Use(Func<FieldResolver, FieldResolver> middleware);

    /// <summary>Leaves the field out of the schema.</summary>
    IObjectFieldDescriptor Ignore(bool ignore = true);

    /// <summary>The definition behind this descriptor, for conventions.</summary>
    ObjectFieldDefinition Extend();
}

/// <summary>Configures an argument of a field.</summary>
public interface IArgumentDescriptor
{
    IArgumentDescriptor Description(string? description);

    IArgumentDescriptor Type<TSchemaType>();

    IArgumentDescriptor Type(IInputType type);

    IArgumentDescriptor Type(string typeSyntax);

    /// <summary>A runtime default value, printed as a literal of the argument's type.</summary>
    IArgumentDescriptor DefaultValue(object? value);

    IArgumentDescriptor Deprecated(string? reason = null);
}
