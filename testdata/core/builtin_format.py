# format() builtin
print(format(3.14159, '.2f'), format(42), format(42, 'b'), format('x', '>3'))
print(format(1234.5, ',.1f'), format(-5, '05'), format(0.25, '%'), format(255, 'X'))
print(repr(format(12)), repr(format('', '')), repr(format(1.0)))
print(format(1e16), format(1.5e-7), format(100.0, 'g'), format(1234567.0, 'g'))
print(format(12345678.9, '.3g'), format(0.0001234, '.2g'), format(0.00001234, '.2g'))
