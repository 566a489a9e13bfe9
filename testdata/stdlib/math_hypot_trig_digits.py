# math.hypot and math.dist are CPython's vector_norm for any number of
# coordinates (not C's hypot), and sin, cos, tan, asin, acos, atan print
# glibc's last digit on ordinary arguments.
import math
import random

r = random.Random(8)
for _ in range(40):
    n = r.randint(2, 4)
    v = [r.uniform(-100, 100) * 10 ** r.randint(-5, 5) for _ in range(n)]
    print(math.hypot(*v), math.dist(v, [r.random() for _ in range(n)]))
print(math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1), math.hypot(1e-310, 3e-310, 2e-320))
print(math.dist((1, 2), (4, 6)), math.hypot(0.1, 0.2), math.hypot(2, 3, 6), math.hypot(True, 2))
xs = [r.uniform(-10, 10) for _ in range(25)] + [r.uniform(-1, 1) for _ in range(25)]
for name in ["sin", "cos", "tan", "atan"]:
    print(name, [getattr(math, name)(x) for x in xs])
for name in ["asin", "acos"]:
    print(name, [getattr(math, name)(x) for x in xs[25:]])
print(math.sin(-0.0), math.tan(-0.0), math.asin(-0.0), math.atan(-0.0), math.acos(1.0), math.acos(-1.0), math.atan(float("inf")))
print(math.sin(math.radians(30)), math.cos(math.pi / 3), math.tan(math.pi / 4), math.asin(0.5) * 6, math.acos(0.5) * 3)
