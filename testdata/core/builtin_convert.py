# int(), float(), str(), bool() conversions
print(int('42'), int('  -7  '), int('+3'), int('1_000'), int('0'), int('-0'), int(' 12\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('0o17', 0), int('0b101', 0), int('z', 36))
print(int('101', 2), int('777', 8), int('  1_0  ', 2), int(3.99), int(-3.99), int(True), int())
print(float('1.5'), float(' -2.5e3 '), float('inf'), float('-Infinity'), float('nan'), float('NaN'), float('1_0.5'))
print(float(3), float('.5'), float('5.'), float(), float('-0'), float('1e500'), float(' +1E-3 '))
print(str(), str(12), str(-0.0), str('s'), str([1]), str((1, 'a')), str({1: 'x'}))
print(bool(), bool(0), bool('0'), bool([]), bool(0.0), bool(-0.0), bool(float('nan')))
for bad in ['', ' ', '1.0', '1e5', '0x10', '1__0', '_1', '1_', '١٢']:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print('ValueError:', e)
for bad in ['', 'abc', '1.2.3', 'in f']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(int('9' * 50), float('9' * 20), int(1e100))
