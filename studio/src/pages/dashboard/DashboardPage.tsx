export function DashboardPage({ route }: { route: string[] }) {
  return <section className="page dashboard" data-testid="dashboard-page" data-route={route.join('/')} />;
}
