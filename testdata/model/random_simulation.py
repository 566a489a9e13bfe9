# a seeded Monte Carlo simulation and dice statistics
import random
random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f'{s:>2} {n:>4} ' + '*' * (n // 10))
inside = 0
for _ in range(2000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print('pi ~', 4 * inside / 2000)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:5], len(deck))
print(random.choices(['a', 'b', 'c'], weights=[1, 0, 3], k=6))
