# iter(callable, sentinel) and iterator helpers
data = [3, 1, 4, 0, 5]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
counter = iter(range(100))
print(list(iter(lambda: next(counter), 5)))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)))
