using WorkflowHub.GraphQL.Language;

namespace WorkflowHub.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public bool SkipArguments { get; init; }

        protected override bool Enter(ISyntaxNode node)
        {
            Events.Add($"enter {node.Kind} {(node is NameNode n ? n.Value : "")} depth {Ancestors.Count}".TrimEnd());
            return !(SkipArguments && node is ArgumentNode);
        }

        protected override void Leave(ISyntaxNode node) => Events.Add($"leave {node.Kind}");
    }

    [Fact]
    public void Should_walk_nodes_in_source_order_with_ancestors()
    {
        var recorder = new Recorder();
        recorder.Walk(Parser.Parse("{ a: b(x: 1) }"));
        Assert.Equal(
        [
            "enter Document  depth 0", "enter OperationDefinition  depth 1", "enter SelectionSet  depth 2", "enter Field  depth 3",
            "enter Name a depth 4", "leave Name", "enter Name b depth 4", "leave Name", "enter Argument  depth 4",
            "enter Name x depth 5", "leave Name", "enter IntValue  depth 5", "leave IntValue", "leave Argument", "leave Field",
            "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ],
        recorder.Events);
    }

    [Fact]
    public void Should_skip_children_when_enter_returns_false()
    {
        var recorder = new Recorder { SkipArguments = true };
        recorder.Walk(Parser.Parse("{ b(x: 1) }"));
        Assert.DoesNotContain(recorder.Events, e => e.Contains("IntValue"));
        Assert.Contains("leave Argument", recorder.Events);
    }

    [Fact]
    public void Should_reach_every_node_of_the_kitchen_sinks()
    {
        foreach (var name in new[] { "kitchen-sink", "schema-kitchen-sink" })
        {
            var recorder = new Recorder();
            recorder.Walk(Parser.Parse(TestFiles.Read("Language", "Documents", name + ".graphql")));
            var kinds = recorder.Events.Where(e => e.StartsWith("enter")).Select(e => e.Split(' ')[1]).Distinct().Count();
            Assert.True(kinds > 20, $"{name}: {kinds} kinds");
        }
    }
}
