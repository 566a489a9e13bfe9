# list.sort and sorted are CPython's timsort (runs, binary insertion,
# powersort merges with galloping): a printing or counting __lt__ sees the
# same calls, an inconsistent order (NaN) gives the same result, and a
# failed comparison leaves the list as CPython leaves it.
import random


class R:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return f"R{self.v}"


print(sorted([R(2), R(1), R(3)]))
print(sorted([R(5), R(3), R(4), R(1), R(2)]))

calls = 0


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v


r = random.Random(7)
for n in [10, 64, 65, 300, 2000]:
    calls = 0
    out = sorted(C(r.randint(0, 40)) for _ in range(n))
    print(n, calls, [c.v for c in out[:8]])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([5.0, 1.0, nan, 4.0, 2.0, nan, 0.5]))
xs = [r.random() if r.random() > 0.1 else nan for _ in range(200)]
print([i for i, x in enumerate(sorted(xs)) if x != x])
xs.sort(reverse=True)
print([i for i, x in enumerate(xs) if x != x])
for data, rev in [([1, "a", 2], True), ([5, 3, "a", 1, 4], False), ([4, 3, 2, 1, "x", 0], False)]:
    try:
        data.sort(reverse=rev)
    except TypeError as e:
        print(e, data)
