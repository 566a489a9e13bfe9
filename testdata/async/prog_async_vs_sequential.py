# Ten simulated downloads: sequentially they take the sum of their waits,
# concurrently about the longest one. Prints only the comparison.
import asyncio
import time


async def download(i):
    await asyncio.sleep(0.02)
    return i


async def sequential():
    return [await download(i) for i in range(10)]


async def concurrent():
    return await asyncio.gather(*[download(i) for i in range(10)])


t0 = time.perf_counter()
a = asyncio.run(sequential())
t1 = time.perf_counter()
b = asyncio.run(concurrent())
t2 = time.perf_counter()
print(a == b, a)
print("sequential took at least 10 waits:", t1 - t0 >= 0.19)
print("concurrent at least 3x faster:", (t2 - t1) * 3 < (t1 - t0))
