# prime factorisation, divisors, perfect numbers
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
def fmt(f):
    return ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in sorted(f.items()))
for n in [2, 12, 97, 360, 1001, 2**16, 600851475143, 999999999989]:
    print(n, '=', fmt(factorize(n)))
def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(28), divisors(36), divisors(1))
print([n for n in range(2, 10000) if sum(divisors(n)[:-1]) == n])
