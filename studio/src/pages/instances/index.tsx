import type { StudioPage } from '../registry';
import { InstancesPage } from './InstancesPage';

export const instancesPage: StudioPage = { segment: 'instances', label: 'nav.instances', render: (rest) => <InstancesPage route={rest} /> };
