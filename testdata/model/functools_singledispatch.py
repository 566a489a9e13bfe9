# functools.singledispatch: register by class or by annotation, MRO lookup.
import functools

@functools.singledispatch
def describe(x):
    """Describe a value."""
    return f"object {x!r}"

@describe.register(int)
def _(x):
    return f"int {x}"

@describe.register
def _(x: list):
    return "list of " + ", ".join(describe(i) for i in x)

def describe_str(x, upper=False):
    return "str " + (x.upper() if upper else x)
describe.register(str, describe_str)

class Base:
    pass
class Child(Base):
    pass
@describe.register(Base)
def _(x):
    return "a " + type(x).__name__

print(describe(1), describe(True), describe(2.5), describe("hi"), describe("hi", upper=True))
print(describe([1, "a", [None]]), describe(Child()), describe(Base()))
print(describe.__name__, describe.__doc__, describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(5)
except TypeError as e:
    print(e)
