# recursion
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(0), fact(10), fact(30))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for y in x:
        out.extend(flatten(y))
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
