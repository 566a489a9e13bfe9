# a text editor buffer with undo/redo using the command pattern
class Command:
    def do(self, buf): raise NotImplementedError
    def undo(self, buf): raise NotImplementedError
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
    def __repr__(self):
        return f'Insert({self.pos}, {self.text!r})'
class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n, self.removed = pos, n, ''
    def do(self, buf):
        self.removed = buf.text[self.pos:self.pos + self.n]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.n:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]
    def __repr__(self):
        return f'Delete({self.pos}, {self.n})'
class Buffer:
    def __init__(self):
        self.text = ''
        self.done, self.undone = [], []
    def execute(self, cmd):
        cmd.do(self)
        self.done.append(cmd)
        self.undone.clear()
    def undo(self):
        if not self.done:
            return False
        cmd = self.done.pop()
        cmd.undo(self)
        self.undone.append(cmd)
        return True
    def redo(self):
        if not self.undone:
            return False
        cmd = self.undone.pop()
        cmd.do(self)
        self.done.append(cmd)
        return True
b = Buffer()
for cmd in [Insert(0, 'hello'), Insert(5, ' world'), Delete(0, 1), Insert(0, 'J')]:
    b.execute(cmd)
    print(f'{cmd!r:<22} -> {b.text!r}')
while b.undo():
    print('undo ->', repr(b.text))
print(b.undo(), b.redo(), repr(b.text), b.redo(), repr(b.text))
b.execute(Insert(5, '!'))
print(repr(b.text), b.redo(), b.done, b.undone)
