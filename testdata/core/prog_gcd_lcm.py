# GCD / LCM by hand
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-24, 36), gcd(2**64, 2**40 * 3))
print(lcm(4, 6), lcm(21, 6), lcm(0, 5), lcm(2**30, 3**20))
from_one = 1
for i in range(1, 21):
    from_one = lcm(from_one, i)
print(from_one)
print(egcd(240, 46), egcd(99, 78))
g, x, y = egcd(17, 3120)
print('inverse of 17 mod 3120:', x % 3120, (17 * (x % 3120)) % 3120)
def reduce_frac(n, d):
    g = gcd(n, d)
    return n // g, d // g
print(reduce_frac(84, 126), reduce_frac(-10, 4))
