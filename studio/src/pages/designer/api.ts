import { gql } from '../../api/graphql';
import type { ActivityType, WorkflowDefinition } from '../../graph';

export type DefinitionStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

export interface DefinitionVersion {
  definitionId: string;
  version: number;
  name: string;
  status: DefinitionStatus;
  createdAt: string;
  publishedAt: string | null;
}

export interface StoredDefinition extends DefinitionVersion {
  definition: WorkflowDefinition;
}

export interface ServerProblem {
  path: string;
  message: string;
  activityId: string | null;
  property: string | null;
  connectionIndex: number | null;
}

const versionFields = 'definitionId version name status createdAt publishedAt';

export async function listDefinitions(): Promise<DefinitionVersion[]> {
  const data = await gql<{ workflowDefinitions: DefinitionVersion[] }>(`{ workflowDefinitions { ${versionFields} } }`);
  return data.workflowDefinitions;
}

export async function loadDefinition(definitionId: string, version: number): Promise<StoredDefinition | null> {
  const data = await gql<{ workflowDefinition: StoredDefinition | null }>(
    `query($id: String!, $version: Int) { workflowDefinition(definitionId: $id, version: $version) { ${versionFields} definition } }`,
    { id: definitionId, version },
  );
  return data.workflowDefinition;
}

export async function loadActivityTypes(): Promise<ActivityType[]> {
  const data = await gql<{ activityTypes: ActivityType[] }>(`{ activityTypes {
    type displayName category description
    properties { name kind required description default choices }
    outcomes { fixed terminal dynamic { property kind whenSet outcome description } } } }`);
  return data.activityTypes;
}

export async function validateDefinition(definition: WorkflowDefinition): Promise<{ valid: boolean; problems: ServerProblem[] }> {
  const data = await gql<{ validateWorkflowDefinition: { valid: boolean; problems: ServerProblem[] } }>(
    `query($d: JSON!) { validateWorkflowDefinition(definition: $d) { valid problems { path message activityId property connectionIndex } } }`,
    { d: definition },
  );
  return data.validateWorkflowDefinition;
}

export async function saveDraft(definition: WorkflowDefinition): Promise<DefinitionVersion> {
  const data = await gql<{ saveWorkflowDraft: DefinitionVersion }>(
    `mutation($d: JSON!) { saveWorkflowDraft(definition: $d) { ${versionFields} } }`,
    { d: definition },
  );
  return data.saveWorkflowDraft;
}

export async function publish(definitionId: string): Promise<DefinitionVersion> {
  const data = await gql<{ publishWorkflow: DefinitionVersion }>(
    `mutation($id: String!) { publishWorkflow(definitionId: $id) { ${versionFields} } }`,
    { id: definitionId },
  );
  return data.publishWorkflow;
}

export interface Choices {
  roles: string[];
  calendars: string[];
  orgUnits: { id: string; name: string }[];
}

/** Values the typed inputs offer. Each list is optional: a server without governance has no roles or units. */
export async function loadChoices(): Promise<Choices> {
  const [roles, calendars, orgUnits] = await Promise.all([
    gql<{ roles: string[] }>('{ roles }').then((d) => d.roles).catch(() => []),
    gql<{ workingCalendars: { name: string }[] }>('{ workingCalendars { name } }').then((d) => d.workingCalendars.map((c) => c.name)).catch(() => []),
    gql<{ orgUnits: { nodes: { id: string; name: string }[] } }>('{ orgUnits(first: 500, order: [{ path: ASC }]) { nodes { id name } } }')
      .then((d) => d.orgUnits.nodes)
      .catch(() => []),
  ]);
  return { roles, calendars, orgUnits };
}
