#!/usr/bin/env bash
# Where a verb of the Release app spends its CPU: `perf record` with the runtime's perf map, then three tables.
# Usage: tests/Archive.Benchmarks/profile/perf-verb.sh OUT_PREFIX VERB ARGS...
#   e.g. profile/perf-verb.sh /tmp/reindex reindex --data /tmp/archive-bench-100000/data
# Prints the share of samples per library (JIT-compiled code, the runtime and its GC, the JIT itself, the kernel, SQLite),
# per thread, and the top 40 functions by self time. Needs Debian's linux-perf.
set -euo pipefail
out=${1:?usage: perf-verb.sh OUT_PREFIX VERB ARGS...}
shift
cd "$(dirname "$0")/../../.."
command -v perf >/dev/null || { echo "perf-verb.sh: perf is needed (apt-get install linux-perf)" >&2; exit 2; }

dotnet build src/Archive.Web -c Release -v quiet -nologo >&2
# The perf map names JIT-compiled methods; W^X double-mapping would hide them behind an anonymous mapping.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -F 499 -g -o "$out.perf" dotnet src/Archive.Web/bin/Release/net10.0/Archive.Web.dll "$@" >&2

table() { perf report -i "$out.perf" --no-children --stdio -g none "$@" 2>/dev/null | grep '%' | sed -E 's/ +/ /g' | cut -c1-160; }
echo "## by library"; table --sort dso | head -8
echo "## by thread"; table --sort pid | head -8
echo "## top functions (self)"; table --sort symbol | head -40
