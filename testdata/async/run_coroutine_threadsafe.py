import asyncio, threading
import concurrent.futures
loop = asyncio.new_event_loop()
def run_loop():
    asyncio.set_event_loop(loop)
    loop.run_forever()
th = threading.Thread(target=run_loop, daemon=True)
th.start()
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
async def fail():
    raise ValueError("remote")
async def forever():
    await asyncio.sleep(100)
f = asyncio.run_coroutine_threadsafe(add(1, 2), loop)
print(f.result(timeout=5), isinstance(f, concurrent.futures.Future))
futs = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(5)]
print([x.result() for x in futs])
try:
    asyncio.run_coroutine_threadsafe(fail(), loop).result()
except ValueError as e:
    print("VE", e)
g = asyncio.run_coroutine_threadsafe(forever(), loop)
try:
    g.result(timeout=0.05)
except concurrent.futures.TimeoutError:
    print("timeout")
print(g.cancel())
try:
    g.result()
except concurrent.futures.CancelledError:
    print("cancelled")
try:
    asyncio.run_coroutine_threadsafe(5, loop)
except TypeError as e:
    print("TE", e)
loop.call_soon_threadsafe(loop.stop)
th.join()
print(loop.is_running())
loop.close()
print(loop.is_closed())
