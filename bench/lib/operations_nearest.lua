-- wrk: nearest-20 searches from random points over Finland, and one parseable line at the end.
local points = {}
math.randomseed(5)
for i = 1, 200 do
  local lat = 60.2 + math.random() * 9.4
  local lon = 21.5 + math.random() * 8.5
  points[i] = string.format("lat=%.4f&lon=%.4f", lat, lon)
end
local n = 0
request = function()
  n = n + 1
  local path = "/api/v1/resources/nearest?type=GENERATOR_60KVA&radiusKm=100&limit=20&" .. points[(n % 200) + 1]
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("WRK requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
