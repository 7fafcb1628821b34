import type { WorkflowDefinition } from './types';

/** The three built-in workflows, from the repository's workflows/ folder (the files the server imports). */
export const builtInNames = ['service-request', 'escalation', 'pledge-review'] as const;

const files = import.meta.glob<WorkflowDefinition>('../../../workflows/*.json', { eager: true, import: 'default' });

/** A fresh copy of a built-in workflow, in the file's key order. */
export function readWorkflow(name: string): WorkflowDefinition {
  const definition = files[`../../../workflows/${name}.json`];
  if (!definition) throw new Error(`No workflow ${name}.json`);
  return structuredClone(definition);
}
