# asyncio.Barrier (3.11): parties meet before going on.
import asyncio


async def main():
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        log.append(name + " arrives")
        idx = await barrier.wait()
        log.append(name + " passes")
        return idx

    idxs = await asyncio.gather(party("a", 0.01), party("b", 0.02), party("c", 0.03))
    print(log[:3])
    print(sorted(log[3:]), sorted(idxs))
    print(barrier.parties, barrier.n_waiting, barrier.broken)

    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    print(b2.broken)


asyncio.run(main())
