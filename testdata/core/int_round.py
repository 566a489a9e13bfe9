# round: banker's rounding and ndigits
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(7), round(7, 2), round(-7, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
print(round(1e20), round(123.456, 1), round(0.1 + 0.2, 10))
print(round(2**70 + 1, -5))
print(round(0.0), round(-0.0, 1), round(1.0000001, 5))
for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55]:
    print(round(v, 1), end=' ')
print()
