# int, float, bool and str expose their operator dunders as CPython does.
print(int.__add__(1, 2), (3).__mul__(4), (7).__rsub__(10), (5).__neg__(), (6).__invert__(), (2).__pow__(10))
print((1).__add__(2), (1).__lt__(2), (3).__eq__(3), (1).__truediv__(4), (9).__floordiv__(2), (9).__mod__(4))
print(2.0.__truediv__(4), 1.5.__radd__(1), (-2.5).__neg__(), 2.5.__pos__(), 1.0.__ge__(1))
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__add__(True), True.__neg__())
print("ab".__len__(), "ab".__add__("c"), "a".__lt__("b"), "abc".__getitem__(1), "a".__contains__("a"), "ab".__mul__(2), "%d!".__mod__(5))
print(sorted(n for n in ("__add__", "__bool__", "__len__", "__neg__", "__mul__", "__rmul__", "__mod__") if hasattr("", n)))
print(sorted(n for n in ("__add__", "__bool__", "__neg__", "__and__", "__pos__", "__invert__", "__len__") if hasattr(1, n)))
print(sorted(n for n in ("__add__", "__bool__", "__neg__", "__and__", "__pow__", "__len__") if hasattr(1.0, n)))
print(list(map(int.__mul__, [1, 2, 3], [4, 5, 6])), sum(map((2).__rpow__, [1, 2, 3])))
print(int.__add__(1, "x"), "a".__add__(1) if False else "", (1).__eq__("1"))
class Name(str):
    def __add__(self, other):
        return Name(super().__add__("+" + other))
    def __eq__(self, other):
        return super().__eq__(other.lower())
print(Name("a") + "b", Name("x") == "X", len(Name("abc")))
