#!/usr/bin/env bash
# The browse pages one at a time: how long /about, /channels and /tags (and the empty search page, for scale) take to
# answer a single reader, as a whole-archive summary is what they compute.
# Usage: tests/Archive.Benchmarks/web/pages.sh DATA_DIR [ROUNDS] [PATH...]
#   DATA_DIR is a data folder already ingested (e.g. by run.sh). ROUNDS (default 10) timed requests per page, after
#   one untimed request each (the first reads the store from disk, the app's JIT compiles the page). PATHs (default
#   / /about /channels /tags) are the pages, e.g. /posts/ID for a post's page.
#   ARCHIVE_APP=/path/Archive.Web.dll serves that build instead of publishing the working tree (to compare two builds in turns).
# Prints one JSON line per page: the median and the slowest of its timed requests, and its status.
set -euo pipefail
data=${1:?usage: pages.sh DATA_DIR [ROUNDS] [PATH...]}
rounds=${2:-10}
shift $(($# < 2 ? $# : 2))
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /about /channels /tags)
cd "$(dirname "$0")/../../.."
app=${ARCHIVE_APP:-$(tests/Archive.Benchmarks/publish-app.sh)}
port=5096
source tests/Archive.Benchmarks/web/serve.sh
server=$(serve "$app" "$port" "$data")
trap 'kill $server 2>/dev/null || true' EXIT
ready "$port"

for page in "${pages[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$page")
  for _ in $(seq 1 "$rounds"); do
    curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$page"
  done | sort -n | awk -v page="$page" -v status="$status" '
    { t[NR] = $1 * 1000 }
    END { printf "{\"engine\":\"archive-web\",\"page\":\"%s\",\"status\":%s,\"rounds\":%d,\"median_ms\":%.1f,\"max_ms\":%.1f}\n",
          page, status, NR, (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[NR] }'
done
