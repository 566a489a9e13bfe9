# a text-adventure state machine driven by a fixed script of commands
class Room:
    def __init__(self, name, desc):
        self.name, self.desc = name, desc
        self.exits = {}
        self.items = []
    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self
class Game:
    def __init__(self):
        hall = Room('Hall', 'a dusty hall')
        lib = Room('Library', 'shelves of books')
        vault = Room('Vault', 'a locked vault')
        hall.connect('north', lib, 'south')
        lib.connect('east', vault, 'west')
        lib.items.append('key')
        vault.items.append('gold')
        self.room, self.inventory, self.state = hall, [], 'playing'
        self.vault = vault
    def handle(self, cmd):
        verb, *rest = cmd.split(' ', 1)
        arg = rest[0] if rest else ''
        handler = getattr(self, 'do_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        return handler(arg)
    def do_look(self, _):
        items = ', '.join(self.room.items) or 'nothing'
        return f'{self.room.name}: {self.room.desc}. You see {items}. Exits: {sorted(self.room.exits)}'
    def do_go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return 'You cannot go that way.'
        if nxt is self.vault and 'key' not in self.inventory:
            return 'The vault is locked.'
        self.room = nxt
        return f'You enter the {nxt.name}.'
    def do_take(self, item):
        if item not in self.room.items:
            return f'There is no {item} here.'
        self.room.items.remove(item)
        self.inventory.append(item)
        if item == 'gold':
            self.state = 'won'
        return f'Taken: {item}.'
    def do_inventory(self, _):
        return 'You carry: ' + (', '.join(self.inventory) or 'nothing')
g = Game()
script = ['look', 'go west', 'go north', 'look', 'go east', 'take key', 'take key', 'inventory',
          'go east', 'look', 'dance', 'take gold']
for cmd in script:
    print('>', cmd)
    print(g.handle(cmd))
    if g.state == 'won':
        print('*** You win! ***')
        break
