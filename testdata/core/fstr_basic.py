# f-strings: conversions, nesting, = specifier
x, name, pi = 42, 'Ann', 3.14159
print(f'{x} {name} {pi}')
print(f'{name!r} {name!s} {x!r}', f"{'q'!r}")
print(f'{x=}', f'{name=}', f'{x + 1=}', f'{pi=:.2f}', f'{name = }', f'{name=!s}')
w, p = 10, 3
print(f'[{pi:{w}.{p}f}]', f'[{name:>{w}}]', f'[{x:{"^"}{w}}]')
print(f'{{braces}}', f'{{{x}}}', f'{x}{x}', f'')
print(f'{[1, 2][0]}', f"{ {'a': 1}['a'] }", f'{(lambda v: v * 2)(4)}')
print(f'{x if x > 10 else 0}', f'{"nested " + f"{x}"}')
print(f'{3 * "ab"}', f'{len(name)}', f"{name.upper()}")
items = ['a', 'b']
print(f'{", ".join(items)}', f'{items}', f'{items!r}')
print(f'multi' f'ple {x}' 'plain')
d = {'k': 5}
print(f"{d['k']}", f'{d}')
print(f'{None} {True} {1.0} {-0.0} {2**70}')
print(F'upper prefix {x}', rf'raw \n {x}', fr'\t{x}')
print(f'{x:}', f'{x!s:>5}', f'{name!r:^9}|')
print(f"{'a' 'b'}", f'{x,}', f'{x, name}')
