# Collatz sequences
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps
print(collatz(6))
print(len(collatz(27)), max(collatz(27)))
best = max(range(1, 10000), key=lambda n: len(collatz(n)))
print(best, len(collatz(best)))
cache = {1: 1}
def clen(n):
    if n not in cache:
        cache[n] = 1 + clen(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(clen(837799), max(range(1, 100000), key=clen))
