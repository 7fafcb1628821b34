#!/usr/bin/env node
// Writes the peers' benchmark data (../graphql-peers/data.mjs, same seed) as one JSON document,
// so the seeder stores exactly the rows the peers serve from memory.
//   node export-data.mjs > data.json
// Shape: { seed, definitions: [{ definitionId, name, version }],
//          instances: [{ id, definitionId, version, status, businessKey, createdAt, updatedAt,
//                        tasks: [{ id, activityId, name, assigneeRole, orgUnit, createdAt, dueAt }] }] }
// Instances come newest first, as data.mjs sorts them; times are Unix milliseconds.
import { generateData, SEED } from '../graphql-peers/data.mjs';

const data = generateData();
const out = {
  seed: SEED,
  definitions: data.definitions,
  instances: data.instances.map((i) => ({ ...i, tasks: data.tasksByInstance.get(i.id) ?? [] })),
};
process.stdout.write(JSON.stringify(out));
