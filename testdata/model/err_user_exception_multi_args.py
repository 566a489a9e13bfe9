class AppError(Exception):
    pass
raise AppError('code', 42)
