-- wrk script: a GET with the bearer token from RUS_BENCH_TOKEN and the Accept header from RUS_BENCH_ACCEPT.
local token, accept = os.getenv("RUS_BENCH_TOKEN"), os.getenv("RUS_BENCH_ACCEPT") or "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = accept
