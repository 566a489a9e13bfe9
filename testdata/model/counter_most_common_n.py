# Counter.most_common(n) for every kind of n, including the wrong type.
from collections import Counter
c = Counter("abracadabra")
for n in [None, 0, 1, 3, 5, 10, -1]:
    print(n, c.most_common(n) if n is not None else c.most_common())
print(Counter().most_common(2), Counter().most_common(-1))
try:
    c.most_common("x")
except TypeError as e:
    print(e)
