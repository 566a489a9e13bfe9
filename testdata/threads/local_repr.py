# repr() of threading.local objects is object.__repr__: the qualified type
# name of _thread._local, the class of a subclass; addresses are masked.
import threading


def shape(text):
    """text with each ' at 0x...>' address replaced by ' at ADDR>'."""
    parts = text.split(" at 0x")
    for i in range(1, len(parts)):
        hexdigits, sep, rest = parts[i].partition(">")
        ok = sep and hexdigits and all(c in "0123456789abcdef" for c in hexdigits)
        parts[i] = ("ADDR>" if ok else "0x" + hexdigits + sep) + rest
    return " at ".join(parts)


class Sub(threading.local):
    pass


class SubSub(Sub):
    def __init__(self, n):
        self.n = n


class Custom(threading.local):
    def __repr__(self):
        return "Custom(%d)" % len(self.__dict__)


def make():
    class Inner(threading.local):
        pass
    return Inner()


loc = threading.local()
loc.x = 1
print(shape(repr(loc)))
print(shape(repr(Sub())))
print(shape(repr(SubSub(3))))
print(shape(repr(make())))
print(repr(Custom()))
print(str(loc) == repr(loc), "%r" % (loc,) == repr(loc), f"{loc!r}" == repr(loc))
print(shape(object.__repr__(Custom())))
print(type(loc).__module__, type(loc).__name__, type(loc).__qualname__)
print(repr(loc) == repr(loc), repr(loc) != repr(threading.local()))
seen = []
t = threading.Thread(target=lambda: seen.append(repr(loc)))
t.start()
t.join()
print("same in another thread:", seen == [repr(loc)])
print(shape(repr([loc, Sub()])))
