using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>The types of a schema being built, as conventions see them while completing a field.</summary>
public interface ICodeFirstTypes
{
    /// <summary>The output type a reference stands for (inferring CLR types as needed).</summary>
    IOutputType ResolveOutput(TypeReference reference);

    /// <summary>The input type a reference stands for (inferring CLR types as needed).</summary>
    IInputType ResolveInput(TypeReference reference);

    /// <summary>The named type with that name, if it exists yet.</summary>
    INamedType? Find(string name);

    /// <summary>The type named <paramref name="name"/>, created by <paramref name="create"/> the first time it is asked for.</summary>
    T GetOrAdd<T>(string name, Func<T> create) where T : INamedType;

    /// <summary>The scalar with this name: spec scalars, <c>DateTime</c>, <c>Long</c>, <c>UUID</c>, <c>JSON</c>, or one added to the builder.</summary>
    ScalarType Scalar(string name);
}
