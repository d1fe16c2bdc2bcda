#!/usr/bin/env bash
# Publishes the app the way the Dockerfile does (Release, ReadyToRun, framework-dependent) into artifacts/app,
# so that the benchmarks measure what ships. Prints the path of the app's dll.
# Usage: tests/Archive.Benchmarks/publish-app.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=artifacts/app
rm -rf "$out"
dotnet publish src/Archive.Web -c Release -o "$out" --self-contained false -p:UseAppHost=false -p:PublishReadyToRun=true \
  -r "linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')" -v quiet -nologo >&2
echo "$PWD/$out/Archive.Web.dll"
