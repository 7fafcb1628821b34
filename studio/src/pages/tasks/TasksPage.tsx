export function TasksPage({ route }: { route: string[] }) {
  return <section className="page tasks" data-testid="tasks-page" data-route={route.join('/')} />;
}
