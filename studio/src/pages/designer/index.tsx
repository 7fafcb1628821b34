import type { StudioPage } from '../registry';
import { DesignerPage } from './DesignerPage';

export const designerPage: StudioPage = { segment: 'designer', label: 'nav.designer', render: (rest) => <DesignerPage rest={rest} /> };
