# format specs on strings and misc
s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '-<8', '.3', '10.2', '>3', '^4', '.0']:
    print(repr(spec), '[' + format(s, spec) + ']')
print(f'[{"":5}]', f'[{"x":^2}]', f'[{"ab":^5}]', f'[{"abc":^6}]')
print(format('é', '^5'), format('日本', '>6'), '|')
print(format(None, ''), format([1, 2], ''), format((1,), '') )
print(format(True), format(True, ''), format(True, '>6'), format(1.0), format(10))
print(f'{"left":<10}|{"right":>10}|{"center":^10}|')
print(f'{repr("q"):>6}', f'{"q"!r:>6}')
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(5, 's')
except ValueError as e:
    print('ValueError:', e)
