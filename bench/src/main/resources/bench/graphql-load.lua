-- wrk script: POSTs one GraphQL query per request, rotating through the tokens (and agencies) of many agencies.
-- The benchmark writes the first lines (tokens, agencies, body) above this text. Every response that is not HTTP 200
-- or carries GraphQL errors is counted; done() prints one JSON line the benchmark parses.
local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("thread_index", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

function init(args)
  counter = thread_index * 7919
  bad = 0
end

function request()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json" }
  if #tokens > 0 then
    local i = (counter % #tokens) + 1
    headers["Authorization"] = "Bearer " .. tokens[i]
    headers["X-MeritASN-Agency"] = agencies[i]
  end
  return wrk.format("POST", path, headers, body)
end

function response(status, headers, response_body)
  if status ~= 200 or string.find(response_body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("bad")
  end
  io.write(string.format('{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,"socket_errors":%d,"failed":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, failed))
end
