# random.gammavariate, betavariate and vonmisesvariate draw as random.py
# does, so a seeded generator prints the same values.
import random
random.seed(12345)
for a, b in [(0.5, 1), (1, 2), (2, 3), (9, 0.5), (0.1, 0.1)]:
    print([round(random.gammavariate(a, b), 9) for _ in range(4)])
    print([round(random.betavariate(a, b), 9) for _ in range(4)])
print([round(random.vonmisesvariate(1, k), 9) for k in [0, 0.5, 4, 50] for _ in range(3)])
r = random.Random(7)
print(r.gammavariate(2, 1), r.betavariate(2, 5), r.vonmisesvariate(0, 1), r.gammavariate(alpha=0.7, beta=2.0))
for bad in [(0, 1), (1, -1)]:
    try: random.gammavariate(*bad)
    except ValueError as e: print(e)
try: random.betavariate(1)
except TypeError as e: print(e)
try: random.gammavariate('a', 1)
except TypeError as e: print(e)
