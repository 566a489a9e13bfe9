# int.to_bytes and int.from_bytes: byte order, sign, sizes and errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "big", signed=True), (2**70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x7f", "big", signed=True), int.from_bytes(bytes(10) + b"\x01", "little"))
print(int.from_bytes(b"\x01\x00"), (5).from_bytes(b"\x02", "big"), int.from_bytes(bytes=b"\x03", byteorder="little"))
for n in [0, 1, -1, 255, -256, 2**63, -(2**63), 123456789]:
    for signed in (True, False):
        try:
            b = n.to_bytes(9, "little", signed=signed)
            print(n, b.hex(), int.from_bytes(b, "little", signed=signed) == n)
        except OverflowError as e:
            print(n, signed, e)
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (-129).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([256], "big"),
            lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(0, "big")]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
