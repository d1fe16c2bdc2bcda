#!/usr/bin/env bash
# Every benchmark step from a clean Release build: corpus -> ingest (+ reindex, export) -> search -> SQLite FTS5 peer.
# Usage: tests/Archive.Benchmarks/run.sh POSTS [WORK_DIR] [REPEAT]
# Prints one JSON line per step and keeps them in artifacts/bench/POSTS-<UTC date>.jsonl (the numbers docs/benchmarks.md quotes).
set -euo pipefail
posts=${1:?usage: run.sh POSTS [WORK_DIR] [REPEAT]}
work=${2:-/tmp/archive-bench-$posts}
repeat=${3:-5}
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v python3 >/dev/null || { echo "run.sh: python3 is needed for the FTS5 peer" >&2; exit 2; }

# A clean build: nothing left over from a Debug or an earlier build is measured. The app itself is measured as it ships.
dotnet build tests/Archive.Benchmarks -c Release --no-incremental -v quiet -nologo >&2
app=$(tests/Archive.Benchmarks/publish-app.sh)

mkdir -p artifacts/bench
results="artifacts/bench/${posts}-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
dotnet tests/Archive.Benchmarks/bin/Release/net10.0/Archive.Benchmarks.dll run-all \
  --posts "$posts" --work "$work" --repeat "$repeat" \
  --app "$app" \
  | tee "$results"
echo "run.sh: results in $results" >&2
