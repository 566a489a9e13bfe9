# get_event_loop / set_event_loop around asyncio.run.
import asyncio


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
loop.close()
