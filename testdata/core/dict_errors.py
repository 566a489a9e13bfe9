# KeyError cases caught; unhashable keys
d = {'a': 1}
for key in ['b', 1, (1, 2), None, '', "q'uote"]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', repr(e), e.args, str(e))
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    del d['zz']
except KeyError as e:
    print('KeyError on del', e)
try:
    {'a': 1}[{}]
except TypeError as e:
    print('TypeError:', e)
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
