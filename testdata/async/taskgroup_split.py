# Picking apart the ExceptionGroup a TaskGroup raises without except*:
# BaseExceptionGroup.split and .subgroup with a type, a tuple or a predicate,
# nested groups, derive overridden, notes, and the TypeError for a bad condition.
import asyncio

async def worker(name, gate, exc):
    # a, b and c wake in one loop iteration (one Event.set), so all three
    # raise before the group cancels anyone; three equal sleeps did so only
    # when their timers fell due together, which a loaded machine broke.
    await gate.wait()
    raise exc

async def opener(gate):
    await asyncio.sleep(0.001)
    gate.set()
    return "d"

async def main():
    gate = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("a", gate, ValueError("bad a")))
            tg.create_task(worker("b", gate, KeyError("k")))
            tg.create_task(worker("c", gate, ValueError("bad c")))
            tg.create_task(opener(gate))
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
