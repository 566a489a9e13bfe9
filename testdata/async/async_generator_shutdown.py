import asyncio
async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen cleanup")
async def main():
    async for x in gen():
        if x == 1:
            break
    print("after break")
asyncio.run(main())
print("after run")
