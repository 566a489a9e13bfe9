# current_task and all_tasks.
import asyncio


async def child(ev):
    me = asyncio.current_task()
    print("child sees itself:", me.get_name())
    await ev.wait()


async def main():
    print("main:", asyncio.current_task().get_name())
    ev = asyncio.Event()
    ts = [asyncio.create_task(child(ev), name="child-%d" % i) for i in range(3)]
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    ev.set()
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop).get_name())
    print(asyncio.current_task(asyncio.new_event_loop()))


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
