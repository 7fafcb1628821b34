using WorkflowHub.Engine.Activities.BuiltIn;

namespace WorkflowHub.Engine.Activities;

public static class BuiltInActivities
{
    public static IEnumerable<IActivity> All() =>
    [
        new Start(), new End(), new HumanTask(), new Decision(), new Switch(), new Fork(), new Join(),
        new Delay(), new BuiltIn.Timer(), new WaitForSignal(), new SetVariable(), new SetStatus(), new Notify(),
        new StartWorkflow(), new Script(),
    ];
}
