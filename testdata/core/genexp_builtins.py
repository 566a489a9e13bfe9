# generator expressions passed to consuming built-ins
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x * x for x in nums), sum((x for x in nums), 100), sum(x for x in []))
print(any(x > 5 for x in nums), any(x > 100 for x in nums), all(x > -10 for x in nums), all(x for x in []))
print(max(x for x in nums), min(abs(x) for x in nums), max((x for x in nums), key=abs))
print(sorted(x for x in nums if x > 0), list(x * 2 for x in range(4)), tuple(c for c in 'ab'))
print(' '.join(str(x) for x in nums), ','.join(w.upper() for w in 'a b c'.split()))
print(set(x % 3 for x in nums), dict((x, x * x) for x in range(3)))
g = (x * 10 for x in range(3))
print(next(g), next(g), next(g), next(g, 'done'), list(g))
g = (x for x in range(5))
print(3 in g, list(g))
g = (i for i in range(3))
print(list(g), list(g))
print(sum(1 for _ in range(1000)), max(len(w) for w in ['a', 'abc', 'ab']))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
x = 'unchanged'
total = sum(x for x in range(4))
print(x, total)
print(list(zip((a for a in 'abc'), (b for b in range(10)))))
print(min((y for y in []), default='empty'), max((y for y in [1]), default=0))
print(list((i, j) for i in range(3) for j in range(i) if j))
