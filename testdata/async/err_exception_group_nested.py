def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), TypeError("t")]), ZeroDivisionError()])
try:
    f()
except Exception as e:
    err = e
raise ExceptionGroup("top", [err, RuntimeError("r")]) from KeyError("cause")
