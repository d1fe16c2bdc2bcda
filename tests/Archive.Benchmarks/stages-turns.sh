#!/usr/bin/env bash
# The ingest's stages for several builds in turns: what a change did, on a host whose speed drifts from minute to minute.
# Usage: tests/Archive.Benchmarks/stages-turns.sh CORPUS_DIR ROUNDS LABEL=HARNESS_DLL [LABEL=HARNESS_DLL ...]
#   Each HARNESS_DLL is a published harness: `tests/Archive.Benchmarks/publish-app.sh tests/Archive.Benchmarks DIR`
#   at the commit to measure, with DIR copied aside. Each run ingests into an empty store.
# Prints the stages verb's JSON lines (parse, parse+store, store), each with the build's label and the round first.
set -euo pipefail
corpus=${1:?usage: stages-turns.sh CORPUS_DIR ROUNDS LABEL=HARNESS_DLL ...}
rounds=${2:?usage: stages-turns.sh CORPUS_DIR ROUNDS LABEL=HARNESS_DLL ...}
shift 2
[ $# -gt 0 ] || { echo "stages-turns.sh: name at least one LABEL=HARNESS_DLL" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*}
    dll=${spec#*=}
    rm -rf "$work/data"
    dotnet "$dll" stages --data "$work/data" "$corpus" | sed "s/^{/{\"build\":\"$label\",\"round\":$round,/"
  done
done
