#!/usr/bin/env bash
# Measures how long the README's start command takes to serve a GraphQL answer, from a fresh clone:
# first run (cold: empty npm and Maven caches when COLD=1) and second run (reusing the stored data).
# Usage: bash bench/startTime.sh [clone-dir]   (PORT and NEO4J_LOCAL_PORT may be set to avoid clashes)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$(mktemp -d)/newsgraph}
port=${PORT:-4100}
bolt=${NEO4J_LOCAL_PORT:-7710}
rm -rf "$dir"
git clone -q "$src" "$dir"
cd "$dir"
if [ "${COLD:-0}" = 1 ]; then
  export npm_config_cache="$dir/.cold-npm-cache"
  export MAVEN_OPTS="-Dmaven.repo.local=$dir/.cold-m2"
fi
answer() {
  curl -s -m 2 -X POST "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ articles(first: 1) { id title } }"}' 2>/dev/null | grep -q '"articles":\[{'
}
run() {
  local label=$1 cmd=$2 start end pid
  start=$(date +%s.%N)
  # its own process group, so that stopping it is what Ctrl-C does in a terminal
  PORT=$port NEO4J_LOCAL_PORT=$bolt setsid bash -c "$cmd" > "$dir/start-$label.log" 2>&1 &
  pid=$!
  until answer; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: the start command exited; see $dir/start-$label.log"; exit 1; fi
    sleep 0.25
  done
  end=$(date +%s.%N)
  printf '%s: GraphQL answered after %.1f s\n' "$label" "$(echo "$end - $start" | bc)"
  start=$(date +%s.%N)
  kill -INT -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while pgrep -f "Neo4jLocal --data $dir/" >/dev/null; do
    if [ "$(echo "$(date +%s.%N) - $start > 15" | bc)" = 1 ]; then echo "$label: a Java process was left behind"; exit 1; fi
    sleep 0.1
  done
  printf '%s: Ctrl-C stopped everything in %.1f s, no Java process left\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)"
}
run first "npm ci --no-audit --no-fund && npm start"
run second "npm start"
