# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def bad():
    yield 1
    raise StopIteration('oops')
try:
    print(list(bad()))
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print('RuntimeError:', e)
def safe(it):
    for x in it:
        yield x
print(list(safe(iter([1, 2]))))
