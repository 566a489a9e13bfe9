# dict comprehensions and iteration
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print({c: ord(c) for c in 'abc'}, {i % 3: i for i in range(10)})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested, nested[2][2])
for k in squares:
    if k > 2:
        break
    print(k, end=' ')
print()
for k, v in {'x': 1, 'y': 2}.items():
    print(k, v)
print(sum(squares.values()), max(squares), min(squares, key=lambda k: -squares[k]))
