# object has __lt__, __le__, __gt__, __ge__ answering NotImplemented, so the
# reflected operation is used and hasattr/getattr see them.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(hasattr(OnlyLt, "__gt__"), hasattr(object(), "__le__"), object.__lt__(1, 2), object().__ge__(3))
print(OnlyLt(2) > OnlyLt(1), OnlyLt(1) > OnlyLt(2), sorted(x.v for x in [OnlyLt(3), OnlyLt(1)]))
print(max([OnlyLt(5), OnlyLt(9), OnlyLt(2)]).v)
class Plain:
    pass
print(Plain.__lt__ is object.__lt__, Plain().__lt__(Plain()))
for op in ("<", "<=", ">", ">="):
    try:
        eval_result = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}[op](Plain(), Plain())
    except TypeError as e:
        print(e)
class Sub(int.__class__.__base__):
    def __gt__(self, other):
        return "gt"
print(Sub() > Sub(), Sub() < Sub())
