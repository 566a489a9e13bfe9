# ljust / rjust / center / zfill
for w in [0, 3, 8, 9]:
    print('[' + 'abc'.ljust(w) + ']', '[' + 'abc'.rjust(w, '*') + ']', '[' + 'abc'.center(w, '-') + ']')
print('[' + 'ab'.center(5) + ']', '[' + 'ab'.center(6) + ']', '[' + 'abc'.center(6) + ']', '[' + 'a'.center(4, '.') + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), '12345'.zfill(3), ''.zfill(2))
print('-'.zfill(3), '3.14'.zfill(8), '-0.5'.zfill(6))
try:
    'x'.ljust(5, 'ab')
except TypeError as e:
    print('TypeError:', e)
