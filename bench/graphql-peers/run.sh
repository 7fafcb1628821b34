#!/usr/bin/env bash
# Runs the peer benchmark: for each peer server, start it, warm up, measure,
# stop it; then print a markdown table. Run `npm ci` in this folder first.
#   ./run.sh                      (20 s per peer, 20 connections, 5 s warm-up)
#   DURATION=10 CONNECTIONS=50 WARMUP=3 ./run.sh
# Only loopback addresses are used.
set -euo pipefail
cd "$(dirname "$0")"

DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-20}"
WARMUP="${WARMUP:-5}"
PORT_BASE="${PORT_BASE:-4410}"
mkdir -p results

source ./server-control.sh

peers=("graphql-http:server-graphql-http.mjs" "graphql-yoga:server-yoga.mjs")
rows=()
i=0
for peer in "${peers[@]}"; do
  name="${peer%%:*}"
  script="${peer#*:}"
  port=$((PORT_BASE + i))
  i=$((i + 1))
  url="http://127.0.0.1:${port}/graphql"
  node "$script" "$port" > "results/${name}.server.log" 2>&1 &
  server_pid=$!
  wait_ready "$url"
  echo "== ${name}: warm-up ${WARMUP} s" >&2
  node load.mjs "$url" "$WARMUP" "$CONNECTIONS" > /dev/null
  echo "== ${name}: measuring ${DURATION} s with ${CONNECTIONS} connections" >&2
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  ticks_before="$(cpu_ticks "$server_pid")"
  node load.mjs "$url" "$DURATION" "$CONNECTIONS" > "results/${name}.load.json"
  ticks_after="$(cpu_ticks "$server_pid")"
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  stop_server
  # The load driver's line plus the server's CPU seconds during the measurement and the
  # 1-minute load average before and after it.
  node -e '
    const [file, ticks, hz, before, after] = process.argv.slice(1);
    const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
    Object.assign(r, { serverCpuSeconds: Number(ticks) / Number(hz), loadBefore: Number(before), loadAfter: Number(after) });
    r.serverCpuMsPerRequest = Math.round((r.serverCpuSeconds * 1000 / r.requests) * 100) / 100;
    console.log(JSON.stringify(r));
  ' "results/${name}.load.json" "$((ticks_after - ticks_before))" "$(getconf CLK_TCK)" "$load_before" "$load_after" \
    | tee "results/${name}.json" >&2
  rows+=("$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`| ${process.argv[2]} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.serverCpuMsPerRequest} | ${r.loadBefore} |`);
  ' "results/${name}.json" "$name")")
done

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//' || echo unknown)"
echo
echo "Status query (first: 20), ${DURATION} s per peer after ${WARMUP} s warm-up, ${CONNECTIONS} connections;"
echo "node $(node --version), $(nproc) cores (${cpu}); load generator on the same machine."
echo
echo "| peer | req/s | p50 ms | p99 ms | errors | non-2xx | server CPU ms/req | load avg |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
