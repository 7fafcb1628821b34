export const statuses = ['RUNNING', 'COMPLETED', 'CANCELLED', 'FAULTED'] as const;
export type InstanceStatus = (typeof statuses)[number];

export interface DefinitionVersion {
  definitionId: string;
  version: number;
  name: string;
  status: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
}

export const definitionsQuery = 'query Definitions { workflowDefinitions { definitionId version name status } }';

export interface InstanceRow {
  id: string;
  definitionId: string;
  version: number;
  status: InstanceStatus;
  businessStatus: string | null;
  businessKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export const instancesQuery = `query Instances($first: Int!, $after: String, $where: WorkflowInstanceFilterInput) {
  workflowInstances(first: $first, after: $after, where: $where, order: [{ createdAt: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id definitionId version status businessStatus businessKey createdAt updatedAt }
  }
}`;

export interface JournalItem {
  sequence: number;
  activityId: string | null;
  activityType: string | null;
  event: string;
  outcome: string | null;
  actor: string | null;
  at: string;
  data: string | null;
}

export interface InstanceDetailData {
  workflowInstance: null | (InstanceRow & {
    finishedAt: string | null;
    startedBy: string | null;
    variables: Record<string, unknown> | null;
    definition: { name: string; definition: unknown } | null;
    openTasks: { id: string; activityId: string; title: string; assigneeRole: string; orgUnitId: string | null; status: string; dueAt: string | null }[];
    pendingTimers: { id: string; activityId: string; purpose: string; dueAt: string; calendar: string | null }[];
    incidents: { id: string; activityId: string; errorType: string; message: string; createdAt: string; retryCount: number }[];
    journal: JournalItem[];
  });
}

export const instanceQuery = `query Instance($id: UUID!) {
  workflowInstance(id: $id) {
    id definitionId version status businessStatus businessKey createdAt updatedAt finishedAt startedBy variables
    definition { name definition }
    openTasks { id activityId title assigneeRole orgUnitId status dueAt }
    pendingTimers { id activityId purpose dueAt calendar }
    incidents { id activityId errorType message createdAt retryCount }
    journal(first: 1000) { sequence activityId activityType event outcome actor at data }
  }
}`;

export const instanceUpdatedSubscription = 'subscription Watch($id: UUID!) { workflowInstanceUpdated(id: $id) { id updatedAt } }';

export interface MigrationReport {
  fromVersion: number;
  toVersion: number;
  dryRun: boolean;
  migrated: boolean;
  canMigrate: boolean;
  waits: { kind: string; activityId: string; activityType: string; detail: string; maps: boolean; problem: string | null }[];
  addedVariables: { name: string; default: unknown }[];
  problems: { path: string; message: string }[];
}

export const migrateMutation = `mutation Migrate($id: UUID!, $to: Int!, $dry: Boolean!) {
  migrateWorkflowInstance(id: $id, toVersion: $to, dryRun: $dry) {
    fromVersion toVersion dryRun migrated canMigrate
    waits { kind activityId activityType detail maps problem }
    addedVariables { name default }
    problems { path message }
  }
}`;

export const cancelMutation = 'mutation Cancel($id: UUID!, $reason: String) { cancelWorkflowInstance(id: $id, reason: $reason) { id status } }';
export const retryMutation = 'mutation Retry($id: UUID!) { retryWorkflowInstance(id: $id) { id status } }';
export const startMutation = `mutation Start($definitionId: String!, $input: JSON, $businessKey: String) {
  startWorkflow(definitionId: $definitionId, input: $input, businessKey: $businessKey) { instanceId }
}`;
