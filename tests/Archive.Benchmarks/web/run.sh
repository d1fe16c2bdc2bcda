#!/usr/bin/env bash
# The web benchmark: the Release app serving the search page (facets, snippets, timeline) under wrk's load.
# Usage: tests/Archive.Benchmarks/web/run.sh DATA_DIR [CONNECTIONS] [SECONDS] [PATH] [WARMUP_SECONDS]
#   DATA_DIR is a data folder already ingested (e.g. by run.sh), PATH is "/" (the page) or "/api/search".
#   WARMUP_SECONDS (default 30) of the same load come first: on two cores tiered compilation (with its
#   instrumented tier for dynamic PGO) was still re-compiling hot methods well past 5 s, and that JIT work
#   made up most of the server's CPU in the measured window.
#   ARCHIVE_APP=/path/Archive.Web.dll serves that build instead of publishing the working tree (to compare two builds in turns).
# Prints one JSON line from wrk (rps, p50, p99, non-2xx answers by status), one with the server's CPU seconds
# over the measured run and per request (utime+stime from /proc: the figure that other load on the machine
# does not distort much), and one with the server's peak and current resident memory.
set -euo pipefail
data=${1:?usage: run.sh DATA_DIR [CONNECTIONS] [SECONDS] [PATH] [WARMUP_SECONDS]}
connections=${2:-32}
seconds=${3:-30}
path=${4:-/}
warmup=${5:-30}
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "web/run.sh: wrk is needed (apt-get install wrk)" >&2; exit 2; }

# The app as it ships (ReadyToRun, as the Dockerfile publishes it), or ARCHIVE_APP (a published Archive.Web.dll) to compare builds.
app=${ARCHIVE_APP:-$(tests/Archive.Benchmarks/publish-app.sh)}
port=5097
source tests/Archive.Benchmarks/web/serve.sh
server=$(serve "$app" "$port" "$data")
trap 'kill $server 2>/dev/null || true' EXIT
ready "$port"

# Warm up (JIT, caches), then measure.
wrk -t2 -c"$connections" -d"${warmup}s" -s tests/Archive.Benchmarks/web/queries.lua "http://127.0.0.1:$port" -- tests/Archive.Benchmarks/queries/mixed.tsv "$path" >/dev/null
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(cpu_ticks)
result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s tests/Archive.Benchmarks/web/queries.lua "http://127.0.0.1:$port" -- tests/Archive.Benchmarks/queries/mixed.tsv "$path" | grep '^{')
after=$(cpu_ticks)
echo "$result"
requests=$(sed -n 's/.*"requests":\([0-9]*\).*/\1/p' <<<"$result")
awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$requests" -v s="$seconds" \
  'BEGIN {printf "{\"engine\":\"archive-web\",\"server_cpu_s\":%.2f,\"cpu_ms_per_request\":%.3f,\"server_cores_busy\":%.2f}\n", t/hz, (n > 0 ? 1000*t/hz/n : 0), t/hz/s}'
awk '/VmHWM|VmRSS/ {gsub(" kB",""); v[$1]=$2} END {printf "{\"engine\":\"archive-web\",\"peak_rss_mb\":%.0f,\"rss_mb\":%.0f}\n", v["VmHWM:"]/1024, v["VmRSS:"]/1024}' "/proc/$server/status"
