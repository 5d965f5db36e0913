-- Data-explorer series queries that the response cache has (almost) never seen: a random WDI indicator, a random
-- pair of countries and a random year range per request (5 x 40 x 40 x 41 x 24 combinations).
--   wrk -t2 -c50 -d15s --latency -s benchmarks/web/miss.lua http://127.0.0.1:5092
-- Each wrk thread has its own Lua state: seed each differently (42, 43, ...) so the threads do not repeat each other.
local threads = 0
setup = function(thread)
  thread:set("seed", 42 + threads)
  threads = threads + 1
end

init = function(args)
  math.randomseed(seed or 42)
end

local indicators = { "BX.TRF.PWKR.CD.DT", "SP.POP.TOTL", "NY.GDP.MKTP.CD", "SM.POP.TOTL", "DT.ODA.ODAT.CD" }
local countries = {
  "USA", "CAN", "MEX", "BRA", "ARG", "COL", "PER", "CHL", "GBR", "FRA", "DEU", "ITA", "ESP", "POL", "ROU", "UKR",
  "MDA", "RUS", "TUR", "EGY", "MAR", "NGA", "GHA", "KEN", "ETH", "ZAF", "IND", "PAK", "BGD", "NPL", "LKA", "CHN",
  "PHL", "VNM", "IDN", "THA", "JPN", "KOR", "AUS", "NZL" }

request = function()
  local a = countries[math.random(#countries)]
  local b = countries[math.random(#countries)]
  local path = string.format("/api/data/series?indicator=%s&areas=%s,%s&from=%d&to=%d",
    indicators[math.random(#indicators)], a, b, math.random(1960, 2000), math.random(2001, 2024))
  return wrk.format("GET", path)
end
