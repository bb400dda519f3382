-- wrk: POSTs situation-log entries to one disruption (wrk.path), each with its own text, and prints
-- one parseable line at the end. The Authorization header comes from the command line.
local n = 0
local thread_id = 0
local counter = 1
setup = function(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end
request = function()
  n = n + 1
  local body = string.format('{"kind": "OBSERVATION", "text": "Kuormakirjaus %d-%d"}', thread_id, n)
  -- wrk.format drops the command line's headers when it is given its own: copy them in
  local headers = {["Content-Type"] = "application/json", ["Accept"] = "application/json"}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  return wrk.format("POST", nil, headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("WRK requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
