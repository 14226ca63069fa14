-- wrk script for the Quarkus quickstart (hibernate-orm-panache-quickstart): POST a fruit with a unique name.
local counter, prefix = 0, nil

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6))
  prefix = string.format("%x%x", os.time() % 65536, math.random(1, 1e9))
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
    '{"name":"' .. prefix .. "-" .. counter .. '"}')
end
