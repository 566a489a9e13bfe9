# sys: argument errors name 'sys.f()' as CPython; the switch interval is
# kept in whole microseconds (0.0012345678 reads back as 0.001234 in binary).
import sys

calls = [
    (sys.setrecursionlimit, ()),
    (sys.setrecursionlimit, ("x",)),
    (sys.setrecursionlimit, (1.5,)),
    (sys.setswitchinterval, (None,)),
    (sys.setswitchinterval, (1, 2)),
    (sys.setswitchinterval, ("0.1",)),
    (sys.getswitchinterval, (1,)),
    (sys.setswitchinterval, (True,)),
    (sys.getrecursionlimit, (1,)),
    (sys.exc_info, (1,)),
    (sys.exception, (1,)),
    (sys.exit, (1, 2)),
]
for f, args in calls:
    try:
        r = f(*args)
        print("ok", r, sys.getswitchinterval())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval(interval=1)
except TypeError as e:
    print("TypeError", e)
for v in [0.0012345678, 1e-6, 0.5, 3, 0.005]:
    sys.setswitchinterval(v)
    print(v, sys.getswitchinterval())
