# sys.exc_info() and sys.exception() inside and outside except blocks.
import sys
print(sys.exc_info(), sys.exception())
def describe():
    t, v, tb = sys.exc_info()
    return f"{t.__name__}: {v} (tb is None: {tb is None})"
try:
    {}["missing"]
except KeyError:
    print(describe(), type(sys.exception()).__name__)
    try:
        1 / 0
    except ZeroDivisionError:
        print(describe())
    print(describe())
print(sys.exc_info(), sys.exception())
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
g = gen()
print(repr(next(g)), sys.exc_info()[0], repr(next(g)))
try:
    raise RuntimeError("x")
except RuntimeError as e:
    print(sys.exc_info()[1] is e, sys.exception() is e)
finally:
    print(sys.exc_info())
