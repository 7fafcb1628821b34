import './instances.css';
import { InstanceDetail } from './InstanceDetail';
import { InstanceList } from './InstanceList';

/** `instances` lists and searches; `instances/<id>` shows one instance. */
export function InstancesPage({ route }: { route: string[] }) {
  return route[0] ? <InstanceDetail id={route[0]} /> : <InstanceList />;
}
