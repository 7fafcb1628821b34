#!/usr/bin/env node
// Audits a GraphQL over HTTP server with graphql-http's auditServer.
//   node audit.mjs <url>
// One JSON line per audit: {"id","name","status":"ok"|"warn"|"error","reason"},
// then a summary line {"summary": {"ok","warn","error","total"}}.
// Exit code 1 if any audit is an error, 2 on bad usage or if the audit fails to run.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node audit.mjs <url>\n');
  process.exit(2);
}

try {
  const results = await auditServer({ url });
  const summary = { ok: 0, warn: 0, error: 0, total: results.length };
  for (const r of results) {
    summary[r.status]++;
    const line = { id: r.id, name: r.name, status: r.status, reason: r.status === 'ok' ? null : r.reason };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
  process.stdout.write(JSON.stringify({ summary }) + '\n');
  process.exitCode = summary.error > 0 ? 1 : 0;
} catch (error) {
  process.stderr.write(`audit: ${error.message}\n`);
  process.exitCode = 2;
}
