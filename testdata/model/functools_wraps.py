# functools.wraps preserves name and docstring-free metadata
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f'call {fn.__name__}{args}')
        return fn(*args, **kwargs)
    return wrapper
def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def add(a, b):
    return a + b
@plain
def sub(a, b):
    return a - b
print(add(2, 3), add.__name__, sub(5, 1), sub.__name__)
print(add.__wrapped__(10, 20))
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a)
                except ValueError as e:
                    print(f'attempt {attempt} failed: {e}')
            return 'gave up'
        return wrapper
    return deco
state = {'n': 0}
@retry(3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('not yet')
    return 'ok on ' + str(state['n'])
print(flaky(), flaky.__name__)
@retry(2)
def always_fails():
    raise ValueError('never')
print(always_fails())
