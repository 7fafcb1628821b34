import type { ActivityType } from './types';

const property = (name: string, kind: ActivityType['properties'][number]['kind'], extra: Partial<ActivityType['properties'][number]> = {}) => ({
  name, kind, required: false, description: null, default: null, choices: null, ...extra,
});

/** Catalogue entries shaped as the server's `activityTypes` answers, for tests of the outcome rules. */
export const catalogueFixture: ActivityType[] = [
  { type: 'Start', displayName: 'Start', category: 'Flow', description: '', properties: [], outcomes: { fixed: ['Done'], dynamic: [], terminal: false } },
  { type: 'End', displayName: 'End', category: 'Flow', description: '', properties: [], outcomes: { fixed: [], dynamic: [], terminal: true } },
  {
    type: 'HumanTask', displayName: 'Human task', category: 'People', description: '',
    properties: [property('outcomes', 'STRING_LIST', { required: true }), property('deadline', 'DURATION'), property('deadlineOutcome', 'TEXT', { default: 'Overdue' })],
    outcomes: {
      fixed: [],
      dynamic: [
        { property: 'outcomes', kind: 'EACH_ITEM', whenSet: null, outcome: null, description: '' },
        { property: 'deadlineOutcome', kind: 'VALUE_WHEN_SET', whenSet: 'deadline', outcome: null, description: '' },
      ],
      terminal: false,
    },
  },
  {
    type: 'Switch', displayName: 'Switch', category: 'Flow', description: '', properties: [property('cases', 'CASES', { required: true })],
    outcomes: { fixed: ['Default'], dynamic: [{ property: 'cases', kind: 'EACH_CASE', whenSet: null, outcome: null, description: '' }], terminal: false },
  },
  {
    type: 'StartWorkflow', displayName: 'Start workflow', category: 'Flow', description: '', properties: [property('wait', 'BOOLEAN', { default: false })],
    outcomes: { fixed: ['Done'], dynamic: [{ property: 'wait', kind: 'FIXED_WHEN_TRUE', whenSet: null, outcome: 'Cancelled', description: '' }], terminal: false },
  },
  {
    type: 'Script', displayName: 'Script', category: 'Data', description: '', properties: [property('outcomes', 'STRING_LIST', { default: ['Done'] })],
    outcomes: { fixed: [], dynamic: [{ property: 'outcomes', kind: 'EACH_ITEM', whenSet: null, outcome: null, description: '' }], terminal: false },
  },
];

export const catalogueMap = new Map(catalogueFixture.map((t) => [t.type, t]));
