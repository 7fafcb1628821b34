import { useEffect, useRef, useState } from 'react';
import { graphToDefinition, locateProblem, problemsByActivity, type FlowGraph, type LocatedProblem } from '../../graph';
import { validateDefinition } from './api';
import type { ValidationState } from './ProblemList';

export interface Validation {
  state: ValidationState;
  problems: LocatedProblem[];
  byActivity: Map<string, LocatedProblem[]>;
}

const none: Validation = { state: 'pending', problems: [], byActivity: new Map() };

/**
 * Validates the definition on the server after every change, debounced; a late answer to an older state is dropped.
 */
export function useValidation(graph: FlowGraph, delay = 300): Validation {
  const [validation, setValidation] = useState<Validation>(none);
  const sequence = useRef(0);
  useEffect(() => {
    const mine = ++sequence.current;
    setValidation((v) => (v.state === 'pending' ? v : { ...v, state: 'pending' }));
    const timer = setTimeout(async () => {
      const definition = graphToDefinition(graph);
      try {
        const result = await validateDefinition(definition);
        if (mine !== sequence.current) return;
        const problems = result.problems.map((p) => {
          const located = locateProblem(definition, p.path);
          return {
            ...located,
            path: p.path,
            message: p.message,
            activityId: p.activityId ?? located.activityId,
            property: p.property ?? located.property,
          };
        });
        setValidation({ state: result.valid ? 'valid' : 'invalid', problems, byActivity: problemsByActivity(problems) });
      } catch (e) {
        if (mine !== sequence.current) return;
        const message = e instanceof Error ? e.message : String(e);
        setValidation({ state: 'error', problems: [{ path: '$', message, field: '' }], byActivity: new Map() });
      }
    }, delay);
    return () => clearTimeout(timer);
  }, [graph, delay]);
  return validation;
}
