#!/usr/bin/env bash
# Publishes a project the way the Dockerfile publishes the app (Release, ReadyToRun, framework-dependent), so that the
# benchmarks measure code compiled as it ships. Prints the path of the published dll.
# Usage: tests/Archive.Benchmarks/publish-app.sh [PROJECT_DIR] [OUT_DIR]
#   defaults: src/Archive.Web into artifacts/app. Relative paths are from the repository's root; the turns verb passes
#   absolute ones (a project in a worktree of another commit, and its own output folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
project=${1:-src/Archive.Web}
out=${2:-artifacts/app}
rm -rf "$out"
dotnet publish "$project" -c Release -o "$out" --self-contained false -p:UseAppHost=false -p:PublishReadyToRun=true \
  -r "linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')" -v quiet -nologo >&2
echo "$(cd "$out" && pwd)/$(basename "$project").dll"
