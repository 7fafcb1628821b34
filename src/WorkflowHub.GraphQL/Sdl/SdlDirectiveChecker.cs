using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Sdl;

/// <summary>
/// Checks directives applied in SDL: known, allowed at the location, not repeated unless
/// repeatable, arguments known and required ones given (graphql-js's SDL validation rules).
/// </summary>
internal sealed class SdlDirectiveChecker(SdlSchemaFactory factory)
{
    public void Check(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        var seen = new HashSet<string>();
        foreach (var node in directives)
        {
            var name = node.Name.Value;
            var directive = factory.FindDirective(name) ?? BuiltInDirectives.All.FirstOrDefault(d => d.Name == name);
            if (directive is null)
            {
                factory.Report($"Unknown directive \"@{name}\".", node);
                continue;
            }

            if (!directive.Locations.Contains(location))
            {
                factory.Report($"Directive \"@{name}\" may not be used on {location.ToSdlName()}.", node);
            }

            if (!directive.IsRepeatable && !seen.Add(name))
            {
                factory.Report($"The directive \"@{name}\" can only be used once at this location.", node);
            }

            foreach (var argument in node.Arguments)
            {
                if (!directive.Arguments.ContainsField(argument.Name.Value))
                {
                    factory.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\".", argument);
                }
            }

            foreach (var definition in directive.Arguments)
            {
                if (definition.IsRequired() && !node.Arguments.Any(a => a.Name.Value == definition.Name))
                {
                    factory.Report(
                        $"Directive \"@{name}\" argument \"{definition.Name}\" of type \"{definition.Type}\" is required, but it was not provided.",
                        node);
                }
            }
        }
    }
}
