# bitwise operations on ints including negatives
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 256)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 0, 1 << 63, 1 << 64, -1 << 10, -1 >> 10, -16 >> 2, -17 >> 2, 5 >> 10)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~0xFF)
print(True & False, True | False, True ^ True, type(True & True), ~False, 3 & True)
print(bin(0b1011 & ~0b0010), (7).bit_length(), (-8).bit_length(), (0).bit_length(), (2**100).bit_length())
x = 0
for bit in [0, 3, 5]:
    x |= 1 << bit
print(x, bin(x), [i for i in range(8) if x >> i & 1])
print(bin(-5 & 0xFF), -5 & 0xFFFFFFFF, (1 << 100) - 1 & 0xF0F0)
