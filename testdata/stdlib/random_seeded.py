import random

random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5))
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3))
print(random.choices(['red', 'green', 'blue'], k=5))
print(random.choices(['red', 'green', 'blue'], weights=[10, 1, 1], k=5))
print(round(random.uniform(1, 2), 6), random.getrandbits(16), random.getrandbits(70))
print(random.randint(10**20, 10**21))

random.seed('a string seed')
print(random.random())
random.seed(2.5)
print(random.random())
random.seed(-12345)
print(random.randint(0, 10**6))

r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
print(type(r1).__name__, isinstance(r1, random.Random))

for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 5, 0), lambda: random.randint(1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
