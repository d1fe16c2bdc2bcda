#!/usr/bin/env bash
# Smoke test of the image, end to end, with no Docker engine (buildah and podman; base images as docs/self-hosting.md says):
# build the real Dockerfile, start on an empty data volume, wait for healthy, find a demo post, drop a new dump into
# the import folder and find it, drop a bad file and see it reported, restart and find the same totals (nothing lost,
# nothing doubled, the bad file not tried again), then remove everything it made (the image stays, for the layer cache).
#   deploy/smoke.sh            (from anywhere; PORT=18080 IMAGE=archive:local by default)
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-archive:local}
PORT=${PORT:-18080}
NAME=archive-smoke-$$
VOLUME=$NAME-data
IMPORT=$(mktemp -d /tmp/archive-smoke-import.XXXXXX)
BASE=http://127.0.0.1:$PORT
started=$(date +%s)

# Without systemd podman logs an error for every health-check timer it cannot set up (this script runs the checks itself):
# that noise is dropped, any other message kept.
pod() { podman "$@" 2> >(grep -v 'unable to get systemd connection' >&2); }

for tool in buildah podman curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "smoke: needs $tool" >&2; exit 2; }
done
for base in mcr.microsoft.com/dotnet/sdk:10.0 mcr.microsoft.com/dotnet/aspnet:10.0; do
  podman image exists "$base" ||
    { echo "smoke: no $base image; pull it, or on an offline host build a local stand-in (docs/self-hosting.md, 'Proof: the smoke test')" >&2; exit 2; }
done

step() { printf 'smoke [%3ds] %s\n' $(($(date +%s) - started)) "$*"; }
fail() {
  echo "smoke: FAILED: $*" >&2
  podman logs --tail 40 "$NAME" >&2 2>&1 || true
  exit 1
}
cleanup() {
  pod rm -f "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  rm -rf "$IMPORT"
}
trap cleanup EXIT

# Total hits of /api/search for a query ("" for every post), or -1 when the API does not answer with JSON.
search_total() {
  curl -s --max-time 10 --get --data-urlencode "q=$1" "$BASE/api/search" |
    python3 -c 'import json,sys
try: print(json.load(sys.stdin)["total"])
except Exception: print(-1)'
}

# Waits up to $2 seconds for the query $1 to find at least one post.
wait_found() {
  local deadline=$(($(date +%s) + $2)) total
  while :; do
    total=$(search_total "$1")
    [ "$total" -gt 0 ] && { step "\"$1\": $total hit(s)"; return 0; }
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 1
  done
}

# Events in the app's log files (in the volume, so they span restarts) with message template $1 about file $2.
log_count() {
  podman exec "$NAME" sh -c 'cat /data/logs/*.clef' | grep -F "\"@mt\":\"$1" | grep -cF "\"File\":\"$2\"" || true
}

# The image's own HEALTHCHECK, run on demand: podman runs it on a timer only under systemd.
wait_healthy() {
  local deadline=$(($(date +%s) + $1))
  until podman healthcheck run "$NAME" >/dev/null 2>&1; do
    [ "$(podman inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null)" = true ] || fail "the container stopped"
    [ "$(date +%s)" -ge "$deadline" ] && fail "not healthy after $1 s"
    sleep 1
  done
  step "healthy"
}

step "building $IMAGE"
# --format docker keeps the HEALTHCHECK (the OCI format has none); --layers reuses the restore layer between runs.
buildah bud --isolation chroot --pull-never --layers --format docker -t "$IMAGE" . >"$IMPORT.build.log" 2>&1 ||
  { tail -30 "$IMPORT.build.log" >&2; rm -f "$IMPORT.build.log"; fail "image build"; }
rm -f "$IMPORT.build.log"
[ "$(podman image inspect -f '{{.Config.User}}' "$IMAGE")" = 1654 ] || fail "the image does not run as the app user (1654)"
pod run --rm --entrypoint /bin/sh "$IMAGE" -c 'test ! -e /usr/share/dotnet/sdk' || fail "the runtime image has an SDK in it"

step "starting $NAME on an empty volume, import folder $IMPORT"
chmod 0755 "$IMPORT"
podman volume create "$VOLUME" >/dev/null
pod run -d --name "$NAME" -p "127.0.0.1:$PORT:8080" \
  -v "$VOLUME:/data" -v "$IMPORT:/import:ro" \
  -e Archive__ImportScanSeconds=5 -e Archive__ImportSettleSeconds=1 \
  "$IMAGE" >/dev/null
wait_healthy 180

# A demo post (data/demo/000_*.txt): the demo dumps go in on the first start with an empty store.
wait_found "Alexanderplatz" 60 || fail "no demo post found for \"Alexanderplatz\""

# A new dump dropped while the site runs: a dated article with a word no demo post has.
[ "$(search_total quokkazebra)" -eq 0 ] || fail "\"quokkazebra\" found before it was dropped"
printf '12/03/24\n\nThe quokkazebra parade crossed the square at noon.\n\nIt was the first of its kind.\n' >"$IMPORT/.smoke.txt"
chmod 0644 "$IMPORT/.smoke.txt"
mv "$IMPORT/.smoke.txt" "$IMPORT/smoke-article.txt"
step "dropped smoke-article.txt into the import folder"
wait_found "quokkazebra" 60 || fail "the dropped dump did not become searchable within 60 s"
imported_total=$(search_total quokkazebra)
[ "$imported_total" -eq 1 ] || fail "the dropped article should be one post, found $imported_total"

# A file no reader takes: reported on /about and in the log, and tried once.
printf '\000\001\002 not a dump \377\376' >"$IMPORT/.broken.bin"
chmod 0644 "$IMPORT/.broken.bin"
mv "$IMPORT/.broken.bin" "$IMPORT/broken.bin"
deadline=$(($(date +%s) + 60))
until curl -s --max-time 10 "$BASE/about" | grep -q 'broken.bin'; do
  [ "$(date +%s)" -ge "$deadline" ] && fail "the bad file is not reported on /about within 60 s"
  sleep 1
done
step "broken.bin reported on /about"
[ "$(log_count 'Rejected {File}' /import/broken.bin)" -eq 1 ] || fail "the bad file's rejection is not in the log"
all_before=$(search_total "")
[ "$all_before" -gt 0 ] || fail "browsing every post found none"
step "$all_before posts before the restart"

step "restarting"
pod restart --time 20 "$NAME" >/dev/null
wait_healthy 120
wait_found "Alexanderplatz" 30 || fail "the demo post is gone after the restart"
wait_found "quokkazebra" 30 || fail "the imported post is gone after the restart"
# After the restart the import folder is scanned afresh (the scan interval is 5 s): wait for two scans, then nothing may
# have been added twice, and the unchanged bad file must not have been tried again.
sleep 12
[ "$(search_total quokkazebra)" -eq "$imported_total" ] || fail "the imported post was added again after the restart"
all_after=$(search_total "")
[ "$all_after" -eq "$all_before" ] || fail "$all_before posts before the restart, $all_after after"
step "$all_after posts after the restart"
rejections=$(log_count 'Rejected {File}' /import/broken.bin)
[ "$rejections" -eq 1 ] || fail "the unchanged bad file was tried $rejections times (once expected)"
[ "$(log_count 'Skipped {File}: this version was rejected before' /import/broken.bin)" -ge 1 ] ||
  fail "the restarted site did not report the bad file as rejected before"

pod stop --time 20 "$NAME" >/dev/null
step "passed in $(($(date +%s) - started)) s"
