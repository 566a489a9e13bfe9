# big integer arithmetic
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(20), fact(21))
print(fact(50))
print(fact(100))
print(2**64, 2**64 - 1, 2**200)
print(-2**63, (-2)**63, (-2)**64)
print(len(str(fact(200))), sum(int(c) for c in str(2**1000)))
print(3**100 // 7**20, 3**100 % 7**20)
print(10**30 + 1 - 10**30, 10**30 * 10**30)
print(2**100 == 2**100, 2**100 > 2**99, 2**100 < 2**100 + 1)
print(hash(2**10) == hash(1024), 2**62 * 2 == 2**63)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print(abs(-10**25), -(-10**25), +10**25)
