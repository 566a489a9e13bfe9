# A three-stage pipeline (read -> transform -> write) joined by queues,
# each stage a task; sentinels shut it down in order.
import asyncio

DONE = object()


async def reader(out, lines):
    for line in lines:
        await asyncio.sleep(0.001)
        await out.put(line)
    await out.put(DONE)


async def transformer(inp, out):
    while True:
        item = await inp.get()
        if item is DONE:
            await out.put(DONE)
            return
        words = item.split()
        await out.put((len(words), item.upper()))


async def writer(inp, sink):
    while True:
        item = await inp.get()
        if item is DONE:
            return len(sink)
        sink.append(item)


async def main():
    text = ["the quick brown fox", "jumps over", "the lazy dog", "", "end of text here"]
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    sink = []
    _, _, n = await asyncio.gather(reader(q1, text), transformer(q1, q2), writer(q2, sink))
    print(n, "lines written")
    for words, line in sink:
        print(words, repr(line))


asyncio.run(main())
