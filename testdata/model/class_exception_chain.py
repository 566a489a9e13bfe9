# __cause__ / __context__ with user exceptions
class DataError(Exception):
    pass
class ParseError(DataError):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f'cannot parse {s!r}') from e
def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ParseError as e:
            print('skip:', e, '| cause:', type(e.__cause__).__name__, e.__cause__)
    return out
print(load(['1', 'x', '3']))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise DataError('outer')
except DataError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise DataError('outer') from None
except DataError as e:
    print(e, repr(e.__context__), e.__cause__)
e = DataError('manual')
e.__cause__ = ValueError('set by hand')
print(e.__cause__, e.__context__)
def chain3():
    try:
        try:
            1 / 0
        except ZeroDivisionError as a:
            raise ValueError('second') from a
    except ValueError as b:
        raise RuntimeError('third') from b
try:
    chain3()
except RuntimeError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(f'{type(cur).__name__}({cur})')
        cur = cur.__cause__
    print(' <- '.join(names))
