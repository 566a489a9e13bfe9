# float.hex() and float.fromhex() as CPython's float_hex/float_fromhex:
# the hex form round-trips, fromhex rounds half to even, and its errors.
import random
r = random.Random(4)
vals = [0.1, 1.0, -2.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1e-310, 3.0, 1 / 3]
vals += [r.random() * 10 ** r.randint(-320, 300) for _ in range(200)]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(h, back == v or back != back)
print(float.fromhex('  -0X1.8P+1  '), float.fromhex('1.8p1'), float.fromhex('.8'), float.fromhex('inf'), float.fromhex('-Infinity'), float.fromhex('nAn'))
print(float.fromhex('0x1p-1074'), float.fromhex('0x1p-1075'), float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), (1.0).fromhex('ff'), float.fromhex('0x1p-1076'), float.fromhex('0x3p-1076'))
for s in ['', 'x', '0x', '1p', '0x1.8q1', '1_0', '0x.p1', '0x1p1.5', '0x1p++1', '1..2', ' 0x1 2', 'infx', '+-1']:
    try:
        print(float.fromhex(s))
    except ValueError as e:
        print(repr(s), e)
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', '-0x1p99999999999999999999']:
    try:
        print(float.fromhex(s))
    except OverflowError as e:
        print(e)
print(float.fromhex('0x1p-99999999999999999999'), float.fromhex('0x0p99999'), float.fromhex('0x1.fffffffffffff7p1023'))
try:
    float.fromhex(5)
except TypeError as e:
    print(e)
