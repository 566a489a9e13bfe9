# __exit__ sees exceptions and may swallow them
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print('exit saw', exc_type.__name__, exc, tb is not None)
        return exc_type is not None and issubclass(exc_type, self.types)
with Suppress(ZeroDivisionError):
    1 / 0
    print('not reached')
print('continued after suppressed error')
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print('propagated', repr(e))
with Suppress(LookupError):
    {}['missing']
print('LookupError swallowed')
with Suppress(Exception) as s:
    pass
print('no exception, exit still called', type(s).__name__)
class Transform:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if t is ValueError:
            raise RuntimeError('converted in exit') from e
try:
    with Transform():
        raise ValueError('orig')
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__))
class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
    def __exit__(self, t, e, tb):
        print('exit', self.name, t.__name__ if t else None)
try:
    with Log('outer'), Log('inner'):
        raise KeyError('x')
except KeyError:
    print('caught after both exits')
class BadEnter:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('never called')
try:
    with BadEnter():
        print('never')
except OSError as e:
    print('OSError:', e)
