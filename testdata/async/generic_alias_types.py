# asyncio.Queue[int], asyncio.Future[str] and asyncio.Task[None] are generic
# aliases, as class-body and module-level annotations need; type() of a
# future or task names CPython's C classes (_asyncio.Future, _asyncio.Task).
import asyncio
from dataclasses import dataclass, field

pending: dict[str, asyncio.Future[str]] = {}


@dataclass
class Worker:
    name: str
    inbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


async def serve(w: Worker) -> None:
    while (msg := await w.inbox.get()) != "stop":
        pending[msg].set_result(f"{w.name} handled {msg}")


async def main() -> None:
    w = Worker("w1")
    w.tasks.append(asyncio.create_task(serve(w)))
    loop = asyncio.get_running_loop()
    for msg in ["a", "b"]:
        pending[msg] = loop.create_future()
        await w.inbox.put(msg)
    print([await pending[m] for m in ["a", "b"]])
    await w.inbox.put("stop")
    await asyncio.gather(*w.tasks)
    print(asyncio.Queue[int], asyncio.PriorityQueue[int], asyncio.Future[str], asyncio.Task[int])
    print(type(w.tasks[0]), type(pending["a"]), asyncio.Future.__module__)
    print(type(asyncio.LifoQueue[int]()).__name__)


asyncio.run(main())
