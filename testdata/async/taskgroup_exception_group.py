import asyncio
async def f(n):
    raise KeyError(n)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(f(1))
            tg.create_task(f(2))
    except ExceptionGroup as e:
        print(repr(e), e.args, e.exceptions, str(e), type(e).__module__, e.message)
        print(isinstance(e, Exception), isinstance(e, BaseExceptionGroup))
asyncio.run(main())
for a in [(), ('m',), (1,[ValueError()]), ('m', 5), ('m', []), ('m', [1]), ('m',[ValueError()],3)]:
    try: BaseExceptionGroup(*a)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup('m',[KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
print(type(BaseExceptionGroup('m',[ValueError()])).__name__, type(BaseExceptionGroup('m',[KeyboardInterrupt()])).__name__)
e=ExceptionGroup('m',(ValueError(1),))
print(repr(e), e.args, ExceptionGroup.__mro__, vars(e), e.message, e.exceptions)
print(BaseExceptionGroup('m',[ValueError(), TypeError()]))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
d = e.derive([KeyError(2)])
print(repr(d), type(d).__name__)
class MyEG(ExceptionGroup):
    pass
m = MyEG("x", [ValueError(3)])
print(repr(m), str(m), isinstance(m, ExceptionGroup))
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except Exception as x:
    print("caught", x, len(x.exceptions))
