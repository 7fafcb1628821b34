using WorkflowHub.GraphQL.Language;
using WorkflowHub.GraphQL.Types;
using WorkflowHub.GraphQL.Utilities;

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

            var argumentNames = new HashSet<string>();
            foreach (var argument in node.Arguments)
            {
                if (!argumentNames.Add(argument.Name.Value))
                {
                    factory.Report($"There can be only one argument named \"{argument.Name.Value}\".", argument.Name);
                }

                if (!directive.Arguments.ContainsField(argument.Name.Value))
                {
                    var suggestions = Suggestions.For(argument.Name.Value, directive.Arguments.Select(a => a.Name));
                    factory.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions), argument);
                }

                CheckUniqueInputFields(argument.Value);
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

    /// <summary>Reports fields given twice in object literals (in default values and directive arguments).</summary>
    public void CheckUniqueInputFields(IValueNode? value)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                var names = new HashSet<string>();
                foreach (var field in obj.Fields)
                {
                    if (!names.Add(field.Name.Value))
                    {
                        factory.Report($"There can be only one input field named \"{field.Name.Value}\".", field.Name);
                    }

                    CheckUniqueInputFields(field.Value);
                }

                break;
            case ListValueNode list:
                foreach (var item in list.Items)
                {
                    CheckUniqueInputFields(item);
                }

                break;
        }
    }
}
