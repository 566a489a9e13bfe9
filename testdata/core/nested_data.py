# nested data structures
people = [
    {'name': 'Ann', 'age': 31, 'langs': ['python', 'go'], 'addr': {'city': 'Oslo', 'zip': '0150'}},
    {'name': 'Bob', 'age': 25, 'langs': [], 'addr': {'city': 'Rome', 'zip': '00118'}},
    {'name': 'Cid', 'age': 40, 'langs': ['c'], 'addr': {'city': 'Oslo', 'zip': '0151'}},
]
print(people[0]['addr']['city'], people[2]['langs'][0], len(people[1]['langs']))
by_city = {}
for p in people:
    by_city.setdefault(p['addr']['city'], []).append(p['name'])
print(by_city)
print(sorted(people, key=lambda p: p['age'])[0]['name'], max(people, key=lambda p: len(p['langs']))['name'])
people[1]['langs'].append('rust')
print([p['langs'] for p in people])
table = {(r, c): r * c for r in range(3) for c in range(3)}
print(table[(2, 2)], sum(table.values()), [k for k, v in table.items() if v == 2])
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
def walk(node, depth=0):
    name, kids = node
    print('  ' * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
print(people[0])
