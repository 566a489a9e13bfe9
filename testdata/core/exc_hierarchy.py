# catching by base class and by tuple
tests = [lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 / 0, lambda: [][0], lambda: {}['k'], lambda: 'abc'[5],
         lambda: int('z'), lambda: None + 1, lambda: undefined_name, lambda: (1).nope,
         lambda: 2.0 ** 5000, lambda: divmod(1, 0)]
for t in tests:
    try:
        t()
    except ArithmeticError as e:
        print('ArithmeticError', type(e).__name__, e)
    except LookupError as e:
        print('LookupError', type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print('Value/Type', type(e).__name__, e)
    except Exception as e:
        print('Exception', type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(bool, int), issubclass(TimeoutError, OSError), issubclass(OverflowError, ArithmeticError))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), (TypeError, LookupError)))
try:
    raise SystemExit(0)
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
