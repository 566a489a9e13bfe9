# Chat rooms: users join with an Event-gated start, messages go through a
# Condition-protected history, a Lock serialises the "disk" log.
import asyncio


class Room:
    def __init__(self, name):
        self.name = name
        self.history = []
        self.cond = asyncio.Condition()
        self.disk_lock = asyncio.Lock()
        self.disk = []

    async def say(self, user, text):
        async with self.cond:
            self.history.append((user, text))
            self.cond.notify_all()
        async with self.disk_lock:
            await asyncio.sleep(0.001)
            self.disk.append("%s: %s" % (user, text))

    async def wait_for_count(self, n):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.history) >= n)
            return list(self.history[:n])


async def user(room, name, lines, start):
    await start.wait()
    for line in lines:
        await room.say(name, line)
        await asyncio.sleep(0.002)


async def main():
    room = Room("lobby")
    start = asyncio.Event()
    reader = asyncio.create_task(room.wait_for_count(4))
    users = [asyncio.create_task(user(room, "ann", ["hi", "bye"], start)),
             asyncio.create_task(user(room, "ben", ["hello", "see you"], start))]
    await asyncio.sleep(0.005)
    print("nobody spoke before start:", room.history == [])
    start.set()
    first4 = await reader
    await asyncio.gather(*users)
    print(sorted(first4))
    print(sorted(room.disk))
    print(len(room.history), len(room.disk))


asyncio.run(main())
