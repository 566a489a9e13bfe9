# a deterministic bank-queue simulation with lists and a linear congruential generator
state = [2024]
def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state[0] >> 33) % n
queue = []
served = []
clock = 0
next_id = 1
while clock < 30:
    if rnd(3) == 0 or clock < 3:
        queue.append((next_id, clock))
        next_id += 1
    if queue and clock % 2 == 0:
        cid, arrived = queue.pop(0)
        served.append((cid, clock - arrived))
    clock += 1
print('served', len(served), 'waiting', len(queue))
print(served)
waits = [w for _, w in served]
print('avg wait', round(sum(waits) / len(waits), 3), 'max', max(waits))
