#!/usr/bin/env bash
# A/B on a shared or noisy machine: builds two commits side by side and alternates their runs, so that both see the
# same conditions. Absolute figures on a VM drift with its host from hour to hour; the ratio between the two
# commits, run in turns, is what this measures.
# Usage: tests/Archive.Benchmarks/ab.sh OLD_COMMIT NEW_COMMIT CORPUS_DIR [ROUNDS] [WORK_DIR]
# Each round, for each commit in turn: its own `stages` verb on CORPUS_DIR (parse, then parse + store, no index), then
# its own app's `reindex` of the store that left (a full index build), timed by /usr/bin/time.
# Prints one JSON line per run: the commit, the stages' lines, and reindex wall, user + sys CPU and peak RSS.
set -euo pipefail
old=${1:?usage: ab.sh OLD_COMMIT NEW_COMMIT CORPUS_DIR [ROUNDS] [WORK_DIR]}
new=${2:?usage: ab.sh OLD_COMMIT NEW_COMMIT CORPUS_DIR [ROUNDS] [WORK_DIR]}
corpus=$(realpath "${3:?usage: ab.sh OLD_COMMIT NEW_COMMIT CORPUS_DIR [ROUNDS] [WORK_DIR]}")
rounds=${4:-3}
work=${5:-/tmp/archive-ab}
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work" && mkdir -p "$work"
# Set before the worktrees are made, so a failed build does not leave them behind.
trap 'for ref in "$old" "$new"; do git worktree remove --force "$work/src-$ref" 2>/dev/null || true; done' EXIT
for ref in "$old" "$new"; do
  git worktree add -q --detach "$work/src-$ref" "$ref"
  dotnet build "$work/src-$ref/tests/Archive.Benchmarks" -c Release -v quiet -nologo >&2
  dotnet build "$work/src-$ref/src/Archive.Web" -c Release -v quiet -nologo >&2
done

for round in $(seq 1 "$rounds"); do
  for ref in "$old" "$new"; do
    bin="$work/src-$ref/tests/Archive.Benchmarks/bin/Release/net10.0/Archive.Benchmarks.dll"
    app="$work/src-$ref/src/Archive.Web/bin/Release/net10.0/Archive.Web.dll"
    data="$work/data-$ref"
    rm -rf "$data"
    dotnet "$bin" stages --data "$data" "$corpus" | grep '^{' | sed "s/^{/{\"commit\":\"$ref\",\"round\":$round,/"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$app" reindex --data "$data" >/dev/null
    read -r wall user sys rss < "$work/time"
    echo "{\"commit\":\"$ref\",\"round\":$round,\"step\":\"reindex\",\"wall_s\":$wall,\"cpu_s\":$(echo "$user + $sys" | bc),\"peak_rss_mb\":$((rss / 1024))}"
  done
done
