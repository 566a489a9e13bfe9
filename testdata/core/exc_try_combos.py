# try/except/else/finally in all combinations
def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError('boom')
        if action == 'other':
            raise KeyError('k')
    except ValueError as e:
        log.append('except ' + str(e))
    except (KeyError, IndexError) as e:
        log.append('except tuple ' + type(e).__name__)
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run('ok'))
print(run('raise'))
print(run('other'))
def fin_only():
    try:
        return 'from try'
    finally:
        print('finally runs before return')
print(fin_only())
def fin_overrides():
    try:
        return 'try'
    finally:
        return 'finally'
print(fin_overrides())
def fin_swallows():
    try:
        raise RuntimeError('lost')
    finally:
        return 'swallowed'
print(fin_swallows())
def loop_fin():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' if False else 'f' + str(i))
    return out
print(loop_fin())
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError as e:
    print('outer caught', e)
try:
    pass
except Exception:
    print('no')
else:
    print('else without exception')
def else_return():
    try:
        x = 1
    except Exception:
        return 'except'
    else:
        return 'else ' + str(x)
    finally:
        print('cleanup')
print(else_return())
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args, str(e) == '')
try:
    int('x')
except:
    print('bare except caught')
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('NameError:', err)
