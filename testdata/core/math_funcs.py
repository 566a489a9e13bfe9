# math module
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), type(math.floor(2.5)))
print(math.trunc(2.7), math.trunc(-2.7), math.fabs(-3), math.fabs(2.5))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**100, 2**60 * 3), math.gcd(), math.gcd(12, 18, 27))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(1))
print(math.log10(2), math.log2(3), math.log(2**1000))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), round(math.sin(math.pi), 10))
print(math.tan(0), math.atan(1) * 4, math.atan2(1, 1), math.asin(1), math.acos(1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), type(math.pow(2, 2)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot())
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.floor(1e20), math.ceil(-0.5), math.sqrt(1e-300))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.floor(math.inf), lambda: math.floor(math.nan),
            lambda: math.acos(2), lambda: math.comb(-1, 2)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
