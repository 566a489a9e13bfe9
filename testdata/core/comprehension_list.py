# list comprehensions: nested for/if, scoping
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in 'hello' if c != 'l'])
print([x if x > 0 else -x for x in [-2, -1, 0, 1]])
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
print([i for i in []], [y for y in range(3) if False])
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
print([(a, b) for a, b in zip('xy', [1, 2])], [a + b for a, b in [(1, 2), (3, 4)]])
print([w for line in ['a b', 'c'] for w in line.split()])
print([i for i in range(3) for i in range(i)])
print(sum([[1], [2, 3], []], []))
