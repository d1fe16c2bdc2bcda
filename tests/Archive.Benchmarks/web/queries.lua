-- wrk script: each request is the search page for the next line of the query file (words only; filters as URL parameters).
local queries = {}
local i = 0
local threads = {}
statuses = {} -- global: done() reads it from each thread with thread:get

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1] or "tests/Archive.Benchmarks/queries/mixed.tsv"
  local path = args[2] or "/"
  for line in io.lines(file) do
    -- As the in-process harness reads the file: blank lines and "##" lines (the header) are not queries.
    -- The header used to be sent as a query whose raw filters broke the request line (a 400 from Kestrel).
    if line:match("%S") and line:sub(1, 2) ~= "##" then
      local q, filters = line:match("^([^\t]*)\t?(.*)$")
      local url = path .. "?q=" .. urlencode(q)
      -- The filters are written as they read (tag=Выставка); Kestrel answers raw non-ASCII bytes in the query with 400.
      if filters and #filters > 0 then
        url = url .. "&" .. filters:gsub("[^\33-\126]", function(c) return string.format("%%%02X", string.byte(c)) end)
      end
      queries[#queries + 1] = url
    end
  end
end

function request()
  i = i % #queries + 1
  return wrk.format("GET", queries[i])
end

-- Non-2xx answers by status, so "errors" says what they were.
function response(status, headers, body)
  if status < 200 or status > 299 then
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local byStatus = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts or {}) do
      byStatus[status] = (byStatus[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(byStatus) do
    parts[#parts + 1] = string.format('"%d":%d', status, count)
  end
  table.sort(parts)
  io.write(string.format('{"engine":"archive-web","requests":%d,"errors":%d,"non_2xx":{%s},"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\n',
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ","), summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
