-- tables, metatables, closures, coroutines, errors, goto, load
local t = {}
for i = 1, 1000 do t[i] = (i * 7919) % 1009 end
table.sort(t) print(t[1], t[500], t[1000], #t)
table.sort(t, function(a, b) return a > b end) print(t[1], t[1000])
local words = { "pear", "Apple", "fig", "banana", "cherry" }
table.sort(words) print(table.concat(words, ","))
table.insert(words, 1, "kiwi") table.insert(words, "lime") print(table.remove(words), table.remove(words, 1), #words)
print(table.concat({ 1, 2, 3 }, "-", 2, 3), table.unpack({ 1, 2, 3 }, 2), select("#", table.unpack({}, 1, 3)))
print(table.move({ 1, 2, 3 }, 1, 3, 2)[3], next({}), rawlen({ 1, 2 }), rawequal(t, t))
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({ x = a.x + b.x }, V) end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__len = function() return 42 end
V.__call = function(self, y) return self.x * y end
V.__concat = function(a, b) return tostring(a) .. "&" .. tostring(b) end
local a, b = setmetatable({ x = 1 }, V), setmetatable({ x = 2 }, V)
print(tostring(a + b), a == b, a < b, #a, a(10), a .. b)
local proxy = setmetatable({}, { __index = function(_, k) return k .. "!" end, __newindex = function(t2, k, v) rawset(t2, k, v * 2) end })
proxy.n = 21 print(proxy.n, proxy.missing)
local function counter() local n = 0 return function() n = n + 1 return n end end
local c1, c2 = counter(), counter() c1() c1() print(c1(), c2())
local gen = coroutine.create(function(x) for i = 1, 3 do x = coroutine.yield(x * i) end return "done" end)
print(coroutine.resume(gen, 2)) print(coroutine.resume(gen, 3)) print(coroutine.resume(gen, 4)) print(coroutine.resume(gen, 5)) print(coroutine.resume(gen), coroutine.status(gen))
print(coroutine.isyieldable(), type(coroutine.running()), select(2, coroutine.running()))
local ok, err = pcall(function() error({ code = 7 }) end) print(ok, type(err), err.code)
print(pcall(function() error("msg", 0) end)) print(select(2, pcall(function() local x = nil; return x.y end)) ~= nil)
print(xpcall(function() error("deep") end, function(m) return "handled: " .. tostring(m):gsub("^.-:%d+: ", "") end))
for i = 1, 3 do for j = 1, 3 do if j == 2 then goto continue end io.write(i, j, " ") ::continue:: end end print()
local f = load("local a, b = ... return a * b") print(f(6, 7))
local chunk = string.dump(function(x) return x + 100 end) print(load(chunk, "d", "b")(1))
print(load("syntax error here"))
local env = { print = print } local g = load("x = 5 return x", "c", "t", env) print(g(), env.x, x)
local weak = setmetatable({}, { __mode = "k" }) weak[{}] = 1 collectgarbage() collectgarbage() local n = 0 for _ in pairs(weak) do n = n + 1 end print("weak", n)
local s = 0 for i = 10, 1, -3 do s = s + i end print(s, math.type(1), math.type(1.0), math.type("1"))
local big = {} for i = 1, 200000 do big[i] = i * 2 end local sum = 0 for _, v in ipairs(big) do sum = sum + v end print(sum)
local str = {} for i = 1, 10000 do str[#str + 1] = tostring(i) end print(#table.concat(str))
