class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('done')
try:
    next(It())
except StopIteration as e:
    print(e.value)
def gen():
    r = yield from It()
    print(r)
print(list(gen()))
class C:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(C()), [x for x in C()], sum(C()), 2 in C())
class Bad:
    def __iter__(self): return self
    def __next__(self): raise ValueError("bad")
try:
    list(Bad())
except ValueError as e:
    print("VE", e)
