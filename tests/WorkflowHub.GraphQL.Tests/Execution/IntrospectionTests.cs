using WorkflowHub.GraphQL.Types;

namespace WorkflowHub.GraphQL.Tests.Execution;

public class IntrospectionTests
{
    private static readonly Schema Schema = Run.Sdl("""
        "The root."
        type Query {
          current: String
          old(flag: Boolean @deprecated(reason: "gone"), keep: Int): String @deprecated(reason: "Use current.")
          find(by: By): String
          when: Stamp
        }
        input By @oneOf { id: ID name: String legacy: String @deprecated }
        enum Level { LOW HIGH @deprecated }
        scalar Stamp @specifiedBy(url: "https://example.com/stamp")
        directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION
        type Extra { level: Level }
        """);

    [Fact]
    public async Task Should_hide_deprecated_members_unless_asked_for()
    {
        var json = await Run.Json(Schema, """
            {
              q: __type(name: "Query") {
                visible: fields { name }
                all: fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated } }
              }
              e: __type(name: "Level") { visible: enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated } }
              i: __type(name: "By") { isOneOf visible: inputFields { name } all: inputFields(includeDeprecated: true) { name } }
            }
            """);

        Assert.Equal(Run.J(
            "{'data':{'q':{'visible':[{'name':'current'},{'name':'find'},{'name':'when'}]," +
            "'all':[{'name':'current','isDeprecated':false,'deprecationReason':null,'args':[]}," +
            "{'name':'old','isDeprecated':true,'deprecationReason':'Use current.','args':[{'name':'flag','isDeprecated':true},{'name':'keep','isDeprecated':false}]}," +
            "{'name':'find','isDeprecated':false,'deprecationReason':null,'args':[{'name':'by','isDeprecated':false}]}," +
            "{'name':'when','isDeprecated':false,'deprecationReason':null,'args':[]}]}," +
            "'e':{'visible':[{'name':'LOW'}],'all':[{'name':'LOW','isDeprecated':false},{'name':'HIGH','isDeprecated':true}]}," +
            "'i':{'isOneOf':true,'visible':[{'name':'id'},{'name':'name'}],'all':[{'name':'id'},{'name':'name'},{'name':'legacy'}]}}}"), json);
    }

    [Fact]
    public async Task Should_describe_scalars_directives_and_the_schema()
    {
        var json = await Run.Json(Schema, """
            {
              __schema { description queryType { name } mutationType { name } directives { name isRepeatable locations args { name defaultValue } } }
              __type(name: "Stamp") { kind specifiedByURL }
            }
            """);

        Assert.Contains(Run.J("{'name':'cached','isRepeatable':true,'locations':['FIELD_DEFINITION'],'args':[{'name':'ttl','defaultValue':'60'}]}"), json);
        Assert.Contains(Run.J("'__type':{'kind':'SCALAR','specifiedByURL':'https://example.com/stamp'}"), json);
        Assert.Contains(Run.J("'queryType':{'name':'Query'},'mutationType':null"), json);
    }

    [Fact]
    public async Task Should_answer_null_for_an_unknown_type_and_unwrap_wrapping_types()
    {
        var json = await Run.Json(Schema, """
            { missing: __type(name: "Nope") { name } extra: __type(name: "Extra") { fields { type { kind name ofType { name } } } } }
            """);

        Assert.Equal(Run.J("{'data':{'missing':null,'extra':{'fields':[{'type':{'kind':'ENUM','name':'Level','ofType':null}}]}}}"), json);
    }
}
