# format specs on ints
n = 1234567
for spec in ['d', '10d', '<10d', '^10d', '>10', '+d', '-d', ' d', '010d', ',', '_', '15,d', '*^15,',
             'b', '#b', 'o', '#o', 'x', '#x', 'X', '#X', '_x', '#_b', '012,', 'e', 'f', '.2f', 'g', '%', '.1%', 'n' if False else 'd']:
    print(repr(spec), '[' + format(n, spec) + ']', '[' + format(-n, spec) + ']')
print(format(0, '#x'), format(0, 'b'), format(-1, '#b'), format(255, '08b'), format(5, '=+5'))
print(format(True, 'd'), format(False, '>5'), format(65, 'c') if False else '')
print(f'{42:>+8}', f'{-42:=8}', f'{42:0>8}', f'{42:x<8}', f'{2**70:,}')
print(f'{7:03}', f'{-7:03}', f'{7:+03}', f'{1000000:_d}', f'{255:#010x}')
