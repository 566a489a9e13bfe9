# user exception hierarchies
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f'{field}: {msg}')
        self.field = field
class NotFound(AppError, LookupError):
    pass
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
def risky(kind):
    if kind == 'v':
        raise ValidationError('age', 'must be positive')
    if kind == 'n':
        raise NotFound('user 42')
    if kind == 's':
        raise WithStr('ignored arg')
    if kind == 'a':
        raise AppError('a', 1)
for k in ['v', 'n', 's', 'a', 'ok']:
    try:
        risky(k)
        print('no error')
    except ValidationError as e:
        print('validation', e.field, e, e.args)
    except LookupError as e:
        print('lookup', type(e).__name__, e, isinstance(e, AppError))
    except AppError as e:
        print('app', repr(e), e.args)
    except Exception as e:
        print('other', type(e).__name__, str(e), repr(e), e.args)
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(ValidationError, Exception), repr(AppError()), str(AppError()))
try:
    raise NotFound
except NotFound as e:
    print('class raised', repr(e))
