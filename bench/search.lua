-- wrk script: GET each path of $PATHS_FILE in turn (one per line), for search throughput.
local paths = {}
local i = 0

function init(args)
  local f = assert(io.open(os.getenv("PATHS_FILE"), "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
