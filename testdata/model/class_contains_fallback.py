# `in` falls back to __iter__, then to __getitem__
class WithContains:
    def __contains__(self, x):
        print('__contains__', x)
        return x == 1
class WithIter:
    def __iter__(self):
        print('__iter__')
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 15 in WithGetitem(), 20 not in WithGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)
class Truthy:
    def __contains__(self, x):
        return 'non-empty'
print(3 in Truthy(), 3 not in Truthy())
