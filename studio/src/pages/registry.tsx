import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/messages';
import { dashboardPage } from './dashboard';
import { designerPage } from './designer';
import { instancesPage } from './instances';
import { tasksPage } from './tasks';

/** A top-level page: its first route segment, its menu label and what it renders for the rest of the route. */
export interface StudioPage {
  segment: string;
  label: MessageKey;
  render: (rest: string[]) => ReactNode;
}

/** Pages register here, in menu order; each lives in its own folder under src/pages. */
export const pages: StudioPage[] = [
  designerPage,
  instancesPage,
  tasksPage,
  dashboardPage,
];
