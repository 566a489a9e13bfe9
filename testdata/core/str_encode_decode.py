# encode / decode round trips and errors
s = 'Grüße, 世界'
b = s.encode('utf-8')
print(b, type(b), len(b), b.decode('utf-8'))
print('abc'.encode('ascii'), b'abc'.decode('ascii'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', isinstance(e, ValueError))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', isinstance(e, ValueError))
print(b'\xc3\xa9'.decode(), bytes([0xe2, 0x98, 0x83]).decode())
print(list('é'.encode()), list('€'.encode()), list('😀'.encode()))
