export function InstancesPage({ route }: { route: string[] }) {
  return <section className="page instances" data-testid="instances-page" data-route={route.join('/')} />;
}
