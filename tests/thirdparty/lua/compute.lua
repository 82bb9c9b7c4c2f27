-- a small CPU workload whose results are exact
local function sieve(n) local is, c = {}, 0 for i = 2, n do is[i] = true end
	for i = 2, n do if is[i] then c = c + 1 for j = i * i, n, i do is[j] = false end end end return c end
print("primes", sieve(200000))
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end print("fib", fib(25))
local h = 0 for i = 1, 300000 do h = (h * 31 + i) & 0xffffffff end print("hash", h)
local s = 0.0 for i = 1, 100000 do s = s + 1 / (i * i) end print("basel", string.format("%.12f", s))
local m = {} for i = 1, 60 do m[i] = {} for j = 1, 60 do m[i][j] = (i * j) % 7 end end
local r = {} for i = 1, 60 do r[i] = {} for j = 1, 60 do local x = 0 for k = 1, 60 do x = x + m[i][k] * m[k][j] end r[i][j] = x end end
local tr = 0 for i = 1, 60 do tr = tr + r[i][i] end print("trace", tr)
local parts = {} for w in ("the quick brown fox jumps over the lazy dog "):rep(2000):gmatch("%a+") do parts[w] = (parts[w] or 0) + 1 end
local keys = {} for k in pairs(parts) do keys[#keys + 1] = k end table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", parts[k], " ") end print()
print(math.abs(-3), math.max(1, 9, 4), math.min(2.5, -1), math.ult(1, -1), math.floor(-0.5), math.ceil(0.5), math.fmod(-7, 3), math.fmod(7, -3))
print(string.format("%.10f %.10f %.10f %.10f", math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan(1, 2)))
print(string.format("%.10f %.10f %.10f %.10f", math.asin(0.5), math.acos(0.5), math.exp(2.5), math.log(2.5)))
print(string.format("%.10f %.10f %.10g", math.log(100, 10), math.sqrt(3), 2 ^ 0.5), math.huge, -math.huge, math.pi)
math.randomseed(42) local x = math.random(1, 100) math.randomseed(42) print("rand repeat", x == math.random(1, 100), math.random() < 1)
