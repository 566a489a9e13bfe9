# a seeded dice game between players
import random
random.seed(7)
players = {'ann': 0, 'bob': 0, 'cid': 0}
for rnd in range(1, 6):
    rolls = {p: (random.randint(1, 6), random.randint(1, 6)) for p in players}
    best = max(rolls.values(), key=sum)
    winners = [p for p, r in rolls.items() if sum(r) == sum(best)]
    for w in winners:
        players[w] += 1
    print(rnd, rolls, '->', winners)
print(sorted(players.items(), key=lambda kv: (-kv[1], kv[0])))
names = list(players)
random.shuffle(names)
print(names, random.choice(names), random.sample(names, 2), round(random.uniform(0, 10), 4))
