#!/usr/bin/env bash
# Parse + store without the index (issue 3's goal), the harness published as the app ships: Release, ReadyToRun.
# The stages run the app's own parsing and storage libraries in-process, so their code is compiled as in the image.
# Usage: tests/Archive.Benchmarks/stages.sh CORPUS_DIR [ROUNDS] [WORK_DIR]
#   CORPUS_DIR from `Archive.Benchmarks.dll corpus` or run.sh (WORK/corpus). Each round ingests into an empty store.
# Prints the stages verb's JSON lines (parse, parse+store, store), ROUNDS times.
set -euo pipefail
corpus=${1:?usage: stages.sh CORPUS_DIR [ROUNDS] [WORK_DIR]}
rounds=${2:-3}
work=${3:-/tmp/archive-stages}
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

harness=$(tests/Archive.Benchmarks/publish-app.sh tests/Archive.Benchmarks artifacts/harness)
for _ in $(seq 1 "$rounds"); do
  rm -rf "$work"
  dotnet "$harness" stages --data "$work" "$corpus"
done
