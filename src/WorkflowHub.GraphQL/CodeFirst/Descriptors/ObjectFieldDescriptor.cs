using System.Linq.Expressions;
using System.Reflection;
using WorkflowHub.GraphQL.Resolvers;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

internal sealed class ObjectFieldDescriptor(ObjectFieldDefinition definition) : IObjectFieldDescriptor
{
    public ObjectFieldDefinition Definition { get; } = definition;

    public IObjectFieldDescriptor Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Definition.Name = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string? description)
    {
        Definition.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string? reason = null)
    {
        Definition.DeprecationReason = reason ?? "No longer supported";
        return this;
    }

    public IObjectFieldDescriptor Type<TSchemaType>() => Type(TypeReference.Create<TSchemaType>());

    public IObjectFieldDescriptor Type(IOutputType type) => Type(TypeReference.Create(type));

    public IObjectFieldDescriptor Type(string typeSyntax) => Type(TypeReference.Parse(typeSyntax));

    public IObjectFieldDescriptor Type(TypeReference type)
    {
        Definition.Type = type ?? throw new ArgumentNullException(nameof(type));
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var argument = Definition.Arguments.Find(a => a.Name == name);
        if (argument is null)
        {
            argument = new ArgumentDefinition { Name = name };
            Definition.Arguments.Add(argument);
        }

        configure(new ArgumentDescriptor(argument));
        return this;
    }

    public IObjectFieldDescriptor Resolve(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Definition.Resolver = resolver;
        Definition.SyncResolver = null;
        Definition.Member = null;
        return this;
    }

    public IObjectFieldDescriptor Resolve(Func<IResolverContext, object?> resolver) => Resolve<object?>(resolver);

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (ClrTypeShape.UnwrapTask(typeof(TResult)) is not null)
        {
            // A lambda returning a task chose this overload through its static type; await it all the same.
            return Resolve(ResolverAdapters.FromAwaitable(typeof(TResult), context => resolver(context)));
        }

        Definition.SyncResolver = context => resolver(context);
        Definition.Resolver = null;
        Definition.Member = null;
        Definition.ResultType ??= typeof(TResult) == typeof(object) ? null : typeof(TResult);
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolve(ResolverAdapters.FromTask(resolver));
        Definition.ResultType ??= typeof(TResult) == typeof(object) ? null : typeof(TResult);
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, ValueTask<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolve(ResolverAdapters.FromValueTask(resolver));
        Definition.ResultType ??= typeof(TResult) == typeof(object) ? null : typeof(TResult);
        return this;
    }

    public IObjectFieldDescriptor ResolveWith<TResolver>(Expression<Func<TResolver, object?>> method)
    {
        var member = MemberSelector.Of(method);
        Definition.Member = member;
        Definition.ResolverClass = typeof(TResolver);
        Definition.Resolver = null;
        Definition.SyncResolver = null;
        Definition.ResultType = null;
        return this;
    }

    public IObjectFieldDescriptor Subscribe(SubscribeResolver subscriber)
    {
        Definition.Subscriber = subscriber ?? throw new ArgumentNullException(nameof(subscriber));
        return this;
    }

    public IObjectFieldDescriptor Use(Func<FieldResolver, FieldResolver> middleware)
    {
        Definition.Middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    public IObjectFieldDescriptor Ignore(bool ignore = true)
    {
        Definition.IsIgnored = ignore;
        return this;
    }

    public ObjectFieldDefinition Extend() => Definition;

    /// <summary>Applies the member's attributes that configure fields (paging, filtering, custom ones).</summary>
    internal void ApplyAttributes(MemberInfo member)
    {
        foreach (var attribute in member.GetCustomAttributes<ObjectFieldDescriptorAttribute>(true))
        {
            attribute.OnConfigure(this, member);
        }
    }
}

internal sealed class ArgumentDescriptor(ArgumentDefinition definition) : IArgumentDescriptor
{
    public IArgumentDescriptor Description(string? description)
    {
        definition.Description = description;
        return this;
    }

    public IArgumentDescriptor Type<TSchemaType>()
    {
        definition.Type = TypeReference.Create<TSchemaType>();
        return this;
    }

    public IArgumentDescriptor Type(IInputType type)
    {
        definition.Type = TypeReference.Create(type);
        return this;
    }

    public IArgumentDescriptor Type(string typeSyntax)
    {
        definition.Type = TypeReference.Parse(typeSyntax);
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        definition.DefaultValue = value;
        definition.HasDefaultValue = true;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        definition.DeprecationReason = reason ?? "No longer supported";
        return this;
    }
}
