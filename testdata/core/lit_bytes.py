# bytes literals, repr, indexing, slicing, decode/encode
b = b'hello'
print(b, repr(b), type(b))
print(b[0], b[-1], b[1:3], b[::-1], b[10:])
print(len(b), b + b' world', b * 2)
print(b'\x00\xff\n\t', b"it's", b'"q"', b'\\')
print(br'\n', rb'\x00', len(br'\n'))
print(b'abc' == b'abc', b'abc' < b'abd', b'' < b'a')
print(list(b'AZ'), 65 in b'ABC', b'BC' in b'ABC')
print(b'caf\xc3\xa9'.decode(), 'café'.encode(), 'café'.encode('utf-8'))
print('€'.encode(), len('€'.encode()), b'\xe2\x82\xac'.decode('utf-8'))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)))
for x in b'hi':
    print(x, end=' ')
print()
print(bytes('abc', 'ascii'), str(b'x'))
print(b'\x7f\x80', repr(b"'"), repr(b'\'"'))
print(hash(b'abc') == hash(b'abc'), b'' == b'', bool(b''), bool(b'\x00'))
