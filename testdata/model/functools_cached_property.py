# functools.cached_property: computed on first access, then read from the
# instance __dict__; deleting the attribute recomputes it.
import functools

class Dataset:
    def __init__(self, values):
        self.values = values

    @functools.cached_property
    def total(self):
        """The sum, computed once."""
        print("computing total")
        return sum(self.values)

d = Dataset([1, 2, 3])
print(d.total, d.total, "total" in vars(d))
d.values.append(10)
print(d.total)
del d.total
print(d.total)
d.total = -1
print(d.total, Dataset.total.__doc__, type(Dataset.total).__name__, Dataset.total.attrname)
e = Dataset([5])
print(e.total, d.total)

class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as err:
    print(err)
