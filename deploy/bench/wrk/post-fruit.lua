-- wrk script for the Quarkus quickstart (hibernate-orm-panache-quickstart): POST a fruit with a unique name.
local counter, prefix, threads = 0, nil, 0

-- each thread gets its own number: two threads seeded in the same second drew the same prefix (duplicate names, 500s)
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  prefix = string.format("%x-%d", os.time(), number)
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"},
    '{"name":"' .. prefix .. "-" .. counter .. '"}')
end
