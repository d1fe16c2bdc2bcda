# Sourced by the web benchmarks (run.sh, pages.sh): the published app serving a data folder, as they measure it.
# The turns verb starts its servers the same way (Turns/PageLoad.cs).

# serve APP PORT DATA: starts APP (a published Archive.Web.dll) on DATA in the background and prints its pid.
# The rate limit is for the API's users, not for a load test: it is lifted. Logging is as the app ships it (a line per
# request to the console, discarded here, and to the log file): silencing it made no difference beyond the host's drift
# (commit 812e509), so the server measured is the one that runs.
serve() {
  ASPNETCORE_ENVIRONMENT=Production dotnet "$1" --urls "http://127.0.0.1:$2" --Archive:DataDirectory="$3" \
    --Archive:DemoData=false --Archive:ApiRequestsPerMinute=1000000 >/dev/null 2>&1 &
  echo $!
}

# ready PORT...: waits, two minutes at most, until the server on each PORT answers /readyz.
ready() {
  local port up
  for _ in $(seq 1 120); do
    up=1
    for port in "$@"; do
      curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 || { up=0; break; }
    done
    [ "$up" = 1 ] && return 0
    sleep 1
  done
  echo "web benchmark: no answer from /readyz on port(s) $* after two minutes" >&2
  return 1
}
