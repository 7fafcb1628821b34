#!/usr/bin/env bash
# How our server's cost per request settles after start: starts it on the database run.sh seeded
# (bench/graphql/results/bench.db), then loads it in consecutive windows and prints, per window,
# requests/s and the server's CPU milliseconds per request.
#   bench/graphql/warmup-curve.sh                (18 windows of 5 s, 20 connections)
#   WINDOWS=12 WINDOW=10 bench/graphql/warmup-curve.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
peers="$root/bench/graphql-peers"
WINDOWS="${WINDOWS:-18}"
WINDOW="${WINDOW:-5}"
CONNECTIONS="${CONNECTIONS:-20}"
PORT="${PORT:-4460}"
out="$here/results"
[[ -f "$out/bench.db" ]] || { echo "run bench/graphql/run.sh first (it seeds $out/bench.db)" >&2; exit 1; }

server_pid=""
stop_server() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; }
trap stop_server EXIT
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

url="http://127.0.0.1:${PORT}/graphql"
(cd "$root/src/WorkflowHub.Server/bin/Release/net10.0" && exec dotnet WorkflowHub.Server.dll --urls "http://127.0.0.1:${PORT}" \
  --WorkflowHub:Sqlite:Path="$out/bench.db") > "$out/warmup-curve.server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
  curl -s -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url" && break
  sleep 0.1
done

echo "| seconds since first request | req/s | p99 ms | server CPU ms/req | load avg |"
echo "|---|---:|---:|---:|---:|"
hz="$(getconf CLK_TCK)"
for w in $(seq 1 "$WINDOWS"); do
  before="$(cpu_ticks "$server_pid")"
  node "$peers/load.mjs" "$url" "$WINDOW" "$CONNECTIONS" workflowhub > "$out/warmup-window.json"
  after="$(cpu_ticks "$server_pid")"
  node -e '
    const [file, ticks, hz, from, to, load] = process.argv.slice(1);
    const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
    console.log(`| ${from}–${to} | ${r.rps} | ${r.p99} | ${(Number(ticks) * 1000 / Number(hz) / r.requests).toFixed(2)} | ${load} |`);
  ' "$out/warmup-window.json" "$((after - before))" "$hz" "$(((w - 1) * WINDOW))" "$((w * WINDOW))" "$(cut -d' ' -f1 /proc/loadavg)"
done
