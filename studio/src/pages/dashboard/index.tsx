import type { StudioPage } from '../registry';
import { DashboardPage } from './DashboardPage';

export const dashboardPage: StudioPage = { segment: 'dashboard', label: 'nav.dashboard', render: () => <DashboardPage /> };
