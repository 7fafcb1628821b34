import type { StudioPage } from '../registry';
import { TasksPage } from './TasksPage';

export const tasksPage: StudioPage = { segment: 'tasks', label: 'nav.tasks', render: (rest) => <TasksPage route={rest} /> };
