# bytes.fromhex (whitespace between pairs only), bytes.hex round trip, isascii.
for s in ["abc", "a b", " 01 02 ", "zz", "0g", "", "01\t\n02", "ff 0", "DEADbeef"]:
    try:
        b = bytes.fromhex(s)
        print(repr(s), b, b.hex())
    except ValueError as e:
        print(repr(s), e)
try:
    bytes.fromhex(5)
except TypeError as e:
    print(e)
print(b"abc".isascii(), b"\xff".isascii(), b"".isascii(), b"".fromhex("41"))
