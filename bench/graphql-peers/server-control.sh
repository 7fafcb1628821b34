# Shared by the benchmark scripts (source it): start-and-stop bookkeeping for one server at a time.
# The caller sets server_pid after starting a server in the background.

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

# CPU time (user + system) the process has used so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# Waits until a GraphQL endpoint answers, polling every 0.1 s, at most $2 times (default 100).
wait_ready() {
  local url="$1" tries="${2:-100}"
  for _ in $(seq 1 "$tries"); do
    if curl -s -o /dev/null -X POST -H 'content-type: application/json' -d '{"query":"{ __typename }"}' "$url"; then
      return 0
    fi
    sleep 0.1
  done
  echo "server at $url did not start" >&2
  return 1
}
