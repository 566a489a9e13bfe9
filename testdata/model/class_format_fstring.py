# objects in f-strings and format(): __str__ / __repr__ / format spec errors
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f'${self.cents / 100:,.2f}'
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(123456)
print(f'{m}', f'{m!r}', f'{m!s}', str(m), repr(m), format(m), format(m, ''), '{}'.format(m), '{0!r}'.format(m))
print(f'{m=}', f'{[m, m]}', f'{(m,)!s}', f'{ {"k": m} }')
try:
    f'{m:>20}'
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
p = Plain()
print(f'{p}'.startswith('<__main__.Plain object at 0x'), f'{p!r}' == repr(p))
