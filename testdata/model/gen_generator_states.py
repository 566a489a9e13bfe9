# generator re-entrancy and local state preservation
def stateful():
    local = []
    for i in range(3):
        local.append(i)
        yield list(local)
s = stateful()
print(next(s), next(s), next(s))
def running():
    total = 0
    while True:
        total += yield total
r = running()
next(r)
for v in [5, 10, 15]:
    print(r.send(v))
def nested_loops():
    for a in 'xy':
        for b in range(2):
            yield a + str(b)
print(list(nested_loops()))
def with_try():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield 'caught ' + str(e)
print(list(with_try()))
def recursive(n):
    if n > 0:
        yield from recursive(n - 1)
        yield n
print(list(recursive(5)))
def gen_expr_in_gen():
    yield sum(x for x in range(5))
    yield [y for y in range(3)]
print(list(gen_expr_in_gen()))
