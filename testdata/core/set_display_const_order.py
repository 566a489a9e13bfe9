# CPython compiles a display of more than two constants as a frozenset
# constant (built twice: once from the display, once more by the constant
# merging) copied into a new set, a constant set iterated by `for` or a
# comprehension as a frozenset of any size, and shares one frozenset among
# equal constant sets of a module. With colliding hashes (-1 and -2 both
# hash to -2) or a table grown once instead of step by step, that order is
# not the order of adding the items one by one.
def member(x):
    return x in {-1, -2, 5, 1000}


print(list({5, 1000, -2, -1}))  # shares member's frozenset
print({-1, 7, -2}, {1, 17, 2, 3, 4}, {100, 36, 4, 68, 5, 6})
x = -1
print({x, 7, -2}, {x, -2})
for v in {-1, 7, -2}:
    print(v, end=" ")
print()
print([v for v in {-1, 7, -2}], [w for v in [1] for w in {-2, 6, -1}])
s = {100, 36, 4, 68, 5, 6}
print({*s}, set(s), s.copy(), {*s, 1}, {*{-1, 7, -2}}, {*[-1, 7, -2]})
print({(1, -2), (1, -1), 0}, {1, 1.0, True}, {0.0, -0.0, 0}, member(5), 3 not in {1, 2})
try:
    {*5}
except TypeError as e:
    print(e)
