# Picking apart the ExceptionGroup a TaskGroup raises without except*:
# BaseExceptionGroup.split and .subgroup with a type, a tuple or a predicate,
# nested groups, derive overridden, notes, and the TypeError for a bad condition.
import asyncio

async def worker(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", 0.01, ValueError("bad a")))
            tg.create_task(worker("b", 0.01, KeyError("k")))
            tg.create_task(worker("c", 0.01, ValueError("bad c")))
            tg.create_task(worker("d", 0.001))
    except ExceptionGroup as eg:
        print(repr(eg))
        v, rest = eg.split(ValueError)
        print(repr(v), repr(rest))
        print(v.message, v.__cause__, v.__suppress_context__, v is eg)
        print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
        print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(OSError)[1] is eg)
        print(eg.subgroup(Exception) is eg, eg.split((KeyError, ValueError))[1])
        print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup))))

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)]), TypeError(4)])
nested.add_note("a note")
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is nested.__notes__)
print(repr(nested.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 0)))
for bad in [int, 5, (ValueError, 3), "x"]:
    try:
        nested.split(bad)
    except TypeError as e:
        print("TypeError", e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
print(repr(MyEG("mine", [ValueError(1), KeyError(2)]).subgroup(KeyError)))
be = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(5)])
print(repr(be.split(Exception)))
try:
    raise nested
except ExceptionGroup as e:
    print(len(e.subgroup(ValueError).exceptions))
asyncio.run(main())
