# assert with and without message, caught
def check(x):
    assert x > 0, 'x must be positive, got ' + str(x)
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert False
except AssertionError as e:
    print('bare:', repr(e), e.args)
try:
    assert 1 == 2, (1, 2)
except AssertionError as e:
    print('tuple msg:', e.args)
assert True, 'never'
assert [1], 'non-empty is truthy'
try:
    assert [], 'empty list'
except AssertionError as e:
    print(str(e))
n = 0
def side():
    global n
    n += 1
    return 'msg'
assert True, side()
print('message not evaluated:', n)
