-- wrk script: prints one parseable line when the run ends (latencies in milliseconds).
-- wrk counts responses with a status >= 400 in errors.status ("non2xx" here).
done = function(summary, latency, requests)
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "WRK requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
         .. "non2xx=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d bytes=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000,
      summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.timeout, summary.bytes))
end
