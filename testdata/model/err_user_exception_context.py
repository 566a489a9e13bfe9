class CleanupError(Exception):
    pass
try:
    1 / 0
except ZeroDivisionError:
    raise CleanupError('failed while handling')
