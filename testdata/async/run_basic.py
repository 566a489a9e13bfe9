# asyncio.run: the result of main, nested awaits, a second run.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


async def main():
    print("main starts")
    x = await chain(10)
    print("chain(10) =", x)
    y = await asyncio.sleep(0.01, result="slept")
    print("sleep result:", y)
    return x * 2


print("run returned", asyncio.run(main()))
print("second run", asyncio.run(chain(4)))
