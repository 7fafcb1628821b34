#!/usr/bin/env bash
# The GraphQL benchmark: WorkflowHub's server (Release build, SQLite file seeded with the peers'
# data) against graphql-js served by graphql-http and by graphql-yoga, in one run on one machine,
# all answering the same status query (a page of 20 RUNNING instances with their definition and
# open tasks). Prints one markdown table, with each server's throughput as a multiple of yoga's,
# and the number of SQL statements one status query costs our server. A last row measures our
# GraphQL stack alone, serving the peers' schema and data from memory (MemoryServer/).
#   bench/graphql/run.sh                      (20 s per server, 20 connections, 5 s warm-up)
#   DURATION=10 CONNECTIONS=50 WARMUP=3 bench/graphql/run.sh
# Only loopback addresses are used. Needs the .NET SDK and Node (npm ci runs once for the peers).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peers="$root/bench/graphql-peers"

export DURATION="${DURATION:-20}"
export CONNECTIONS="${CONNECTIONS:-20}"
export WARMUP="${WARMUP:-5}"
PORT="${PORT:-4430}"
out="$here/results"
mkdir -p "$out"

source "$peers/server-control.sh"

# ---- build, data, database ----
echo "== building the server, the seeder and the in-memory diagnostic server (Release)" >&2
dotnet build -c Release -nologo -v q "$root/src/WorkflowHub.Server" >&2
dotnet build -c Release -nologo -v q "$here/Seeder" >&2
dotnet build -c Release -nologo -v q "$here/MemoryServer" >&2
server_dir="$root/src/WorkflowHub.Server/bin/Release/net10.0"
[[ -d "$peers/node_modules" ]] || (cd "$peers" && npm ci >&2)

echo "== seeding a fresh database with the peers' data" >&2
node "$here/export-data.mjs" > "$out/data.json"
rm -f "$out/bench.db" "$out/bench.db-wal" "$out/bench.db-shm"
dotnet "$here/Seeder/bin/Release/net10.0/WorkflowHub.GraphQLBench.Seeder.dll" "$out/data.json" "$out/bench.db" | tee "$out/seed.txt" >&2

# The status page is read by signed-in staff: an auditor (role held everywhere, so every instance is
# visible) with a bearer token, as a front end would send it. The rate limit stays on, raised above
# what the load generator sends.
bench_password="bench password $(date +%s%N)"
echo "$bench_password" | (cd "$server_dir" && dotnet WorkflowHub.Server.dll users add bench --role auditor \
  --WorkflowHub:Sqlite:Path="$out/bench.db") >&2
sign_in() {
  local response
  response="$(curl -s -X POST -H 'content-type: application/json' \
    -d "{\"query\":\"mutation { login(userName: \\\"bench\\\", password: \\\"${bench_password}\\\") { token } }\"}" "$1")"
  export LOAD_AUTHORIZATION="Bearer $(node -e 'console.log(JSON.parse(process.argv[1]).data.login.token)' "$response")"
}

# The server as it ships: its own appsettings (content root = the build output), the database
# given on the command line, extra configuration from the arguments.
start_server() {
  local port="$1" log="$2"
  shift 2
  (cd "$server_dir" && exec dotnet WorkflowHub.Server.dll --urls "http://127.0.0.1:${port}" \
    --WorkflowHub:Sqlite:Path="$out/bench.db" --WorkflowHub:RateLimits:SignedIn:Permits=1000000000 "$@") > "$log" 2>&1 &
  server_pid=$!
  wait_ready "http://127.0.0.1:${port}/graphql" 300
  sign_in "http://127.0.0.1:${port}/graphql"
}

# ---- SQL statements of one status query (EF Core command log, after a warm-up request) ----
echo "== counting SQL statements of one status query" >&2
start_server "$((PORT + 1))" "$out/statements.server.log" --Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information
count_url="http://127.0.0.1:$((PORT + 1))/graphql"
node "$peers/load.mjs" "$count_url" 0 1 workflowhub > /dev/null   # JIT, pools, cache of published definitions
sleep 1
mark="$(wc -l < "$out/statements.server.log")"
node "$peers/load.mjs" "$count_url" 0 1 workflowhub > /dev/null
sleep 1
stop_server
tail -n "+$((mark + 1))" "$out/statements.server.log" > "$out/statements.log"
# One log entry per command; the timer loop's poll for due timers (every 5 s) is not the query's.
statements="$(awk '
  function flush() { if (cmd && !timers) n++; cmd = 0; timers = 0 }
  /^(trce|dbug|info|warn|fail|crit): / { flush() }
  /Executed DbCommand/ { cmd = 1 }
  /workflow_timers/ { timers = 1 }
  END { flush(); print n + 0 }' "$out/statements.log")"
echo "statements: ${statements}" >&2

# ---- measuring one of our servers: warm-up, then the measured run with its CPU time ----
measure() {
  local name="$1" url="$2" query="$3"
  echo "== ${name}: warm-up ${WARMUP} s" >&2
  node "$peers/load.mjs" "$url" "$WARMUP" "$CONNECTIONS" "$query" > /dev/null
  echo "== ${name}: measuring ${DURATION} s with ${CONNECTIONS} connections" >&2
  local load_before ticks_before ticks_after load_after
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  ticks_before="$(cpu_ticks "$server_pid")"
  node "$peers/load.mjs" "$url" "$DURATION" "$CONNECTIONS" "$query" > "$out/${name}.load.json"
  ticks_after="$(cpu_ticks "$server_pid")"
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  stop_server
  node -e '
    const [file, ticks, hz, before, after] = process.argv.slice(1);
    const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
    Object.assign(r, { serverCpuSeconds: Number(ticks) / Number(hz), loadBefore: Number(before), loadAfter: Number(after) });
    r.serverCpuMsPerRequest = Math.round((r.serverCpuSeconds * 1000 / r.requests) * 100) / 100;
    console.log(JSON.stringify(r));
  ' "$out/${name}.load.json" "$((ticks_after - ticks_before))" "$(getconf CLK_TCK)" "$load_before" "$load_after" \
    | tee "$out/${name}.json" >&2
}

# ---- WorkflowHub under load ----
url="http://127.0.0.1:${PORT}/graphql"
start_server "$PORT" "$out/workflowhub.server.log"
node "$here/compare.mjs" "$url" 3 >&2
measure workflowhub "$url" workflowhub

unset LOAD_AUTHORIZATION

# ---- diagnostic: our GraphQL stack serving the peers' schema and data from memory ----
# Not the product: it tells how much of our server's cost is the GraphQL/HTTP stack and how much
# the data access behind it. Its answer is the peers' answer, byte for byte.
memory_url="http://127.0.0.1:$((PORT + 2))/graphql"
(cd "$here/MemoryServer/bin/Release/net10.0" && exec dotnet WorkflowHub.GraphQLBench.MemoryServer.dll \
  "$out/data.json" "$peers/schema.graphql" --urls "http://127.0.0.1:$((PORT + 2))") > "$out/memory.server.log" 2>&1 &
server_pid=$!
wait_ready "$memory_url" 300
node "$here/compare.mjs" "$memory_url" 3 peers >&2
measure memory "$memory_url" peers

# ---- the peers, exactly as their own runner does it (same duration, connections, warm-up) ----
echo "== peers" >&2
(cd "$peers" && ./run.sh > "$out/peers.md")
cp "$peers/results/graphql-http.json" "$peers/results/graphql-yoga.json" "$out/"

# ---- one table ----
cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)"
echo
echo "Status query (first: 20), ${DURATION} s per server after ${WARMUP} s warm-up, ${CONNECTIONS} connections, one after the other;"
echo "$(nproc) cores (${cpu}), .NET $(dotnet --version), node $(node --version); load generator on the same machine."
echo
node -e '
  const fs = require("fs");
  const [dir, statements] = process.argv.slice(1);
  const read = (n) => JSON.parse(fs.readFileSync(`${dir}/${n}.json`, "utf8"));
  const rows = [["WorkflowHub (SQLite)", read("workflowhub")], ["graphql-js + graphql-http", read("graphql-http")], ["graphql-js + graphql-yoga", read("graphql-yoga")],
    ["diagnostic: WorkflowHub GraphQL stack, peers\u2019 schema and data in memory", read("memory")]];
  const yoga = rows[2][1].rps;
  console.log("| server | req/s | p50 ms | p99 ms | × yoga req/s | errors | non-2xx | response bytes | server CPU ms/req | load avg before → after |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const [label, r] of rows)
    console.log(`| ${label} | ${r.rps} | ${r.p50} | ${r.p99} | ${(r.rps / yoga).toFixed(2)} | ${r.errors} | ${r.non2xx} | ${r.responseBytes} | ${r.serverCpuMsPerRequest} | ${r.loadBefore} → ${r.loadAfter} |`);
  console.log();
  console.log(`SQL statements for one status query on WorkflowHub (after a warm-up request): ${statements}`);
' "$out" "$statements" | tee "$out/table.md"
