# An async crawler over a fake web: fetch() sleeps for the "network", at
# most 3 fetches run at once, every page is visited once.
import asyncio

WEB = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/team": ["/about", "/jobs"],
    "/jobs": [],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/shop"],
    "/shop": ["/shop/cart", "/missing"],
    "/shop/cart": ["/"],
}


class NotFound(Exception):
    pass


async def fetch(url, limit, stats):
    async with limit:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(0.005 + 0.001 * len(url))
        stats["active"] -= 1
    if url not in WEB:
        raise NotFound(url)
    return WEB[url]


async def crawl(start):
    limit = asyncio.Semaphore(3)
    stats = {"active": 0, "peak": 0}
    seen = {start}
    errors = []
    pending = {asyncio.create_task(fetch(start, limit, stats)): start}
    links = {}
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            url = pending.pop(task)
            try:
                out = task.result()
            except NotFound as e:
                errors.append(str(e))
                continue
            links[url] = len(out)
            for link in out:
                if link not in seen:
                    seen.add(link)
                    pending[asyncio.create_task(fetch(link, limit, stats))] = link
    return links, errors, stats["peak"]


links, errors, peak = asyncio.run(crawl("/"))
for url in sorted(links):
    print("%-12s %d links" % (url, links[url]))
print("not found:", errors)
print("pages:", len(links), "peak concurrency <= 3:", peak <= 3)
