-- wrk script: POST a ledger entry with a fresh Idempotency-Key per request (the client path the API documents).
-- Reads RUS_BENCH_TOKEN and RUS_BENCH_POST_ID; the entry date is inside RUS_BENCH_YEAR.
local counter, prefix = 0, nil
local token, post, year = os.getenv("RUS_BENCH_TOKEN"), os.getenv("RUS_BENCH_POST_ID"), os.getenv("RUS_BENCH_YEAR")
local body = '{"postId":"' .. post .. '","entryDate":"' .. year .. '-10-15","amount":"1250.50",'
        .. '"text":"Belastningsprov","counterpart":"Västerbotten","category":"DIRECT_SPEND"}'

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = string.format("bench-%d-%d", os.time(), math.random(1, 1e9))
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. "-" .. counter,
  }, body)
end
