# and/or return operands; not; truthiness
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print([] and 1, [0] and 1, 'a' or b'b', 0.0 or -0.0)
print(not 0, not 1, not '', not 'a', not [], not [[]], not None)
print(bool(0), bool(0.0), bool(''), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(' '), bool((0,)), bool({0: 0}), bool(range(1)))
calls = []
def f(x):
    calls.append(x)
    return x
r = f(0) and f(1)
print(r, calls)
calls.clear()
r = f(1) or f(2)
print(r, calls)
calls.clear()
r = f(0) or f('') or f('last')
print(repr(r), calls)
print(True and 'yes' or 'no', False and 'yes' or 'no')
print(1 if [] else 2, 'a' if 'x' else 'b')
x = None
print(x is None, x is not None, not x is None)
print(type(not 5), (not 5) + 1)
