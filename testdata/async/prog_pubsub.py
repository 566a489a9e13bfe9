# Publish/subscribe: a broker fans each message out to every subscriber's
# queue; a None message ends the subscriptions.
import asyncio


class Broker:
    def __init__(self):
        self.queues = []

    def subscribe(self):
        q = asyncio.Queue()
        self.queues.append(q)
        return q

    async def publish(self, msg):
        for q in self.queues:
            await q.put(msg)


async def subscriber(name, q, topics, log):
    count = 0
    while True:
        msg = await q.get()
        if msg is None:
            break
        topic, body = msg
        if topic in topics:
            count += 1
            log.append("%s got %s/%s" % (name, topic, body))
    return name, count


async def publisher(broker):
    for i in range(6):
        topic = ["news", "sport", "weather"][i % 3]
        await broker.publish((topic, i))
        await asyncio.sleep(0.002)
    await broker.publish(None)


async def main():
    broker = Broker()
    log = []
    subs = [
        asyncio.create_task(subscriber("alice", broker.subscribe(), {"news", "sport"}, log)),
        asyncio.create_task(subscriber("bob", broker.subscribe(), {"weather"}, log)),
        asyncio.create_task(subscriber("carol", broker.subscribe(), {"news", "sport", "weather"}, log)),
    ]
    await publisher(broker)
    print(await asyncio.gather(*subs))
    for line in log:
        print(line)


asyncio.run(main())
