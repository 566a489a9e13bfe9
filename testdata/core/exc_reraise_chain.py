# re-raise, raise from, __cause__, __context__, exception in except
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print('handling, then re-raise')
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('caught again:', e)
try:
    try:
        {}['k']
    except KeyError as ke:
        raise ValueError('converted') from ke
except ValueError as e:
    print(e, type(e.__cause__).__name__, repr(e.__cause__), e.__cause__ is e.__context__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError('in handler')
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__context__)
try:
    raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e.__cause__, e.__context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
err = ValueError('a', 2, None)
print(err.args, str(err), repr(err))
print(str(KeyError('x')), str(ValueError('x')), repr(KeyError('x')), str(KeyError()), str(Exception(1, 2)))
def nested_fail():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise KeyError('second')
        except KeyError as inner:
            return type(inner.__context__).__name__
print(nested_fail())
try:
    raise ValueError('x') from KeyError('y')
except ValueError as e:
    print(e.__cause__.args, isinstance(e.__cause__, LookupError))
e1 = TypeError('t')
try:
    raise e1
except TypeError as e:
    print(e is e1)
