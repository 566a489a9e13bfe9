# base conversion by hand and with builtins
DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
def to_base(n, b):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))
for n in [0, 5, 255, -255, 1000, 2**64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
    assert int(to_base(n, 16), 16) == n and int(to_base(n, 36), 36) == n
print(to_base(255, 16) == hex(255)[2:].upper(), to_base(-10, 2), bin(-10))
print([int(d, 7) for d in ['0', '6', '10', '666']])
