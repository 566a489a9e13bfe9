# chr/ord, hex/oct/bin incl. negatives
print(chr(97), chr(0x41), chr(8364), ord('a'), ord('€'), ord('\n'), ord(chr(1114111)))
print([chr(c) for c in range(ord('a'), ord('f'))])
print(hex(255), hex(-255), hex(0), hex(2**64), oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0))
print(bin(2**40 - 1), hex(-1), oct(2**20))
print(int(hex(12345), 16), int(bin(-77), 2), int(oct(511), 8))
print(type(hex(1)), hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
