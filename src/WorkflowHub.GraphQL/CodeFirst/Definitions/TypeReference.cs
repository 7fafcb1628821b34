using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.CodeFirst;

/// <summary>
/// A type named before it exists: a schema type class (<c>NonNullType&lt;ListType&lt;StringType&gt;&gt;</c>,
/// <c>WorkflowInstanceType</c>), a CLR type with its nullability, SDL type syntax (<c>"[String!]!"</c>),
/// or a type instance. Resolved when the schema is built, so types may refer to each other in any order.
/// </summary>
public abstract class TypeReference
{
    private protected TypeReference()
    {
    }

    public static TypeReference Create(IType type) => new InstanceTypeReference(type ?? throw new ArgumentNullException(nameof(type)));

    /// <summary>A schema type class, a type definition class, or a CLR type (inferred, nullable unless a value type).</summary>
    public static TypeReference Create(Type type) => new ClassTypeReference(type ?? throw new ArgumentNullException(nameof(type)));

    public static TypeReference Create<TSchemaType>() => Create(typeof(TSchemaType));

    public static TypeReference Create(ClrTypeShape shape) => new ShapeTypeReference(shape ?? throw new ArgumentNullException(nameof(shape)));

    /// <summary>SDL type syntax such as <c>[Ticket!]!</c>; names are looked up among all types of the schema.</summary>
    public static TypeReference Parse(string typeSyntax) => new SyntaxTypeReference(Parser.ParseType(typeSyntax));
}

internal sealed class InstanceTypeReference(IType type) : TypeReference
{
    public IType Type { get; } = type;

    public override string ToString() => Type.ToString()!;
}

internal sealed class ClassTypeReference(Type type) : TypeReference
{
    public Type Type { get; } = type;

    public override string ToString() => Type.Name;
}

internal sealed class ShapeTypeReference(ClrTypeShape shape) : TypeReference
{
    public ClrTypeShape Shape { get; } = shape;

    public override string ToString() => Shape.NamedType.Name;
}

internal sealed class SyntaxTypeReference(ITypeNode node) : TypeReference
{
    public ITypeNode Node { get; } = node;

    public override string ToString() => AstPrinter.Print(Node);
}
