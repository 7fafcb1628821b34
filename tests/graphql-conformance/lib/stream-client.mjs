// Shared command-line handling of ws-client.mjs and sse-client.mjs: subscribe,
// print each `next` payload as one JSON line, stop after `count` events, on
// completion, on error or after the timeout.
// 30 s; CLIENT_TIMEOUT_MS overrides it (the self-test uses a short one).
export const TIMEOUT_MS = Number(process.env.CLIENT_TIMEOUT_MS ?? 30_000);

export const EXIT = { ok: 0, error: 1, usage: 2, timeout: 124 };

export function parseArgs(argv, name) {
  const [url, query, variablesJson, countText, bearer] = argv;
  if (!url || !query) {
    process.stderr.write(`usage: node ${name} <url> <query> [variablesJson] [count] [bearerToken]\n`);
    process.exit(EXIT.usage);
  }
  let variables;
  try {
    variables = variablesJson && variablesJson !== '' ? JSON.parse(variablesJson) : undefined;
  } catch (error) {
    process.stderr.write(`${name}: variables are not JSON: ${error.message}\n`);
    process.exit(EXIT.usage);
  }
  const count = countText === undefined ? Infinity : Number(countText);
  if (!(count > 0)) {
    process.stderr.write(`${name}: count must be a positive number\n`);
    process.exit(EXIT.usage);
  }
  const headers = bearer ? { Authorization: `Bearer ${bearer}` } : undefined;
  return { url, query, variables, count, headers };
}

function describe(error) {
  if (Array.isArray(error)) return JSON.stringify(error);
  if (error && typeof error === 'object' && 'code' in error && 'reason' in error) {
    return `connection closed: ${error.code} ${error.reason}`; // a WebSocket CloseEvent
  }
  if (error instanceof Error) return error.message;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * Runs one subscription with `client.subscribe(payload, sink)` (graphql-ws and
 * graphql-sse clients share that shape) and exits the process when done.
 */
export function runSubscription({ name, client, query, variables, count }) {
  let received = 0;
  let finished = false;
  let unsubscribe = () => {};

  const finish = async (code, message) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    if (message) process.stderr.write(`${name}: ${message}\n`);
    try {
      unsubscribe();
      // A server that never answers may never complete the close either.
      await Promise.race([client.dispose(), new Promise((r) => setTimeout(r, 500))]);
    } catch {
      // already closed
    }
    process.exit(code);
  };

  const timer = setTimeout(
    () => finish(EXIT.timeout, `timed out after ${TIMEOUT_MS / 1000} s with ${received} event(s)`),
    TIMEOUT_MS,
  );

  unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (finished) return;
        process.stdout.write(JSON.stringify(value) + '\n');
        received++;
        if (received >= count) finish(EXIT.ok);
      },
      error: (error) => finish(EXIT.error, describe(error)),
      complete: () => finish(EXIT.ok),
    },
  );
}
