-- Corridor queries that the response cache has (almost) never seen: a random bilateral matrix, country, direction,
-- number of corridors listed and map flag per request (2 x 40 x 2 x 250 x 2 combinations).
--   wrk -t2 -c50 -d15s --latency -s benchmarks/web/corridors-miss.lua http://127.0.0.1:5092
-- Each wrk thread has its own Lua state: seed each differently (42, 43, ...) so the threads do not repeat each other.
local threads = 0
setup = function(thread)
  thread:set("seed", 42 + threads)
  threads = threads + 1
end

init = function(args)
  math.randomseed(seed or 42)
end

local indicators = { "KNOMAD.MIG.STOCK", "KNOMAD.REM.BILAT" }
local directions = { "from", "to" }
local flags = { "true", "false" }
local countries = {
  "USA", "CAN", "MEX", "BRA", "ARG", "COL", "PER", "CHL", "GBR", "FRA", "DEU", "ITA", "ESP", "POL", "ROU", "UKR",
  "MDA", "RUS", "TUR", "EGY", "MAR", "NGA", "GHA", "KEN", "ETH", "ZAF", "IND", "PAK", "BGD", "NPL", "LKA", "CHN",
  "PHL", "VNM", "IDN", "THA", "JPN", "KOR", "AUS", "NZL" }

request = function()
  local path = string.format("/api/data/corridors?indicator=%s&area=%s&direction=%s&top=%d&all=%s",
    indicators[math.random(#indicators)], countries[math.random(#countries)], directions[math.random(#directions)],
    math.random(1, 250), flags[math.random(#flags)])
  return wrk.format("GET", path)
end
