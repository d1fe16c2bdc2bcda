#!/usr/bin/env bash
# Two builds of the app compared at the same moment: both servers under the same wrk load at once (16 connections
# each), so the host's drift, which moves a single run's figures by a fifth to a third from hour to hour, moves both
# alike. Prints, per round, each server's requests and CPU per request, and B's CPU per request over A's.
# Usage: tests/Archive.Benchmarks/web/pair.sh ROUNDS APP_A DATA_A APP_B DATA_B [SECONDS]
#   APP_* are published Archive.Web.dll files (publish-app.sh SRC OUT), DATA_* two copies of one data folder (each
#   server holds its index's write lock). 25 s of warm-up, then SECONDS (default 30) measured.
set -euo pipefail
rounds=${1:?usage: pair.sh ROUNDS APP_A DATA_A APP_B DATA_B [SECONDS]}
app_a=${2:?}; data_a=${3:?}; app_b=${4:?}; data_b=${5:?}; seconds=${6:-30}
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "web/pair.sh: wrk is needed (apt-get install wrk)" >&2; exit 2; }

source tests/Archive.Benchmarks/web/serve.sh
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
load() {
  wrk -t1 -c16 -d"$2s" -s tests/Archive.Benchmarks/web/queries.lua "http://127.0.0.1:$1" -- tests/Archive.Benchmarks/queries/mixed.tsv / | grep '^{'
}
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" <<<"$2"; }

hz=$(getconf CLK_TCK)
results=$(mktemp -d)
for round in $(seq 1 "$rounds"); do
  a=$(serve "$app_a" 5201 "$data_a"); b=$(serve "$app_b" 5202 "$data_b")
  trap 'kill $a $b 2>/dev/null || true; rm -rf "$results"' EXIT
  ready 5201 5202
  load 5201 25 >/dev/null & load 5202 25 >/dev/null; wait
  a0=$(ticks "$a"); b0=$(ticks "$b")
  load 5201 "$seconds" >"$results/a.json" & load 5202 "$seconds" >"$results/b.json"; wait
  a1=$(ticks "$a"); b1=$(ticks "$b")
  ra=$(cat "$results/a.json"); rb=$(cat "$results/b.json")
  awk -v r="$round" -v na="$(field requests "$ra")" -v nb="$(field requests "$rb")" -v ea="$(field errors "$ra")" -v eb="$(field errors "$rb")" \
      -v ta=$((a1 - a0)) -v tb=$((b1 - b0)) -v hz="$hz" 'BEGIN {
    printf "{\"engine\":\"archive-web-pair\",\"round\":%d,\"a_requests\":%d,\"a_errors\":%d,\"a_cpu_ms_per_request\":%.3f,\"b_requests\":%d,\"b_errors\":%d,\"b_cpu_ms_per_request\":%.3f,\"b_over_a\":%.3f}\n",
      r, na, ea, 1000*ta/hz/na, nb, eb, 1000*tb/hz/nb, (tb/nb)/(ta/na) }'
  kill "$a" "$b"; wait "$a" "$b" 2>/dev/null || true
done
