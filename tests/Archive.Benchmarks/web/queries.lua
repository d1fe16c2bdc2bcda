-- wrk script: each request is the search page for the next line of the query file (words only; filters as URL parameters).
local queries = {}
local i = 0

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = args[1] or "tests/Archive.Benchmarks/queries/mixed.tsv"
  local path = args[2] or "/"
  for line in io.lines(file) do
    local q, filters = line:match("^([^\t]*)\t?(.*)$")
    local url = path .. "?q=" .. urlencode(q)
    if filters and #filters > 0 then url = url .. "&" .. filters end
    queries[#queries + 1] = url
  end
end

function request()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end

function done(summary, latency, requests)
  io.write(string.format('{"engine":"archive-web","requests":%d,"errors":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
