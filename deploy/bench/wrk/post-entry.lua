-- wrk script: POST a ledger entry with a fresh Idempotency-Key per request (the client path the API documents).
-- Reads RUS_BENCH_TOKEN and RUS_BENCH_POST_ID; the entry date is inside RUS_BENCH_YEAR.
local counter, prefix, threads = 0, nil, 0
local token, post, year = os.getenv("RUS_BENCH_TOKEN"), os.getenv("RUS_BENCH_POST_ID"), os.getenv("RUS_BENCH_YEAR")
local body = '{"postId":"' .. post .. '","entryDate":"' .. year .. '-10-15","amount":"1250.50",'
        .. '"text":"Belastningsprov","counterpart":"Västerbotten","category":"DIRECT_SPEND"}'

-- each thread gets its own number, so two threads started in the same second never share a key
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  prefix = string.format("bench-%d-%d", os.time(), number)
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. "-" .. counter,
  }, body)
end
