# The low-level loop API: new_event_loop, run_until_complete, run_forever,
# stop, close, is_running, is_closed, time.
import asyncio


async def job(loop):
    print("running:", loop.is_running(), asyncio.get_running_loop() is loop)
    print("get_event_loop inside:", asyncio.get_event_loop() is loop)
    await asyncio.sleep(0.01)
    return "job result"


loop = asyncio.new_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(loop.run_until_complete(job(loop)))
t0 = loop.time()
loop.call_later(0.02, loop.stop)
loop.call_soon(print, "callback before stop")
loop.run_forever()
print("run_forever returned; time advanced:", loop.time() - t0 >= 0.015)
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
print(repr(loop))
loop.close()
print(loop.is_closed(), repr(loop))
try:
    loop.run_until_complete(job(loop))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()


async def stop_early():
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(stop_early())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
