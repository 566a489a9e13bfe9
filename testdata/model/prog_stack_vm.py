# a tiny stack-based virtual machine with classes
class VMError(Exception):
    pass
class VM:
    def __init__(self, program):
        self.program = program
        self.stack = []
        self.pc = 0
        self.vars = {}
        self.out = []
    def pop(self):
        if not self.stack:
            raise VMError(f'stack underflow at pc={self.pc}')
        return self.stack.pop()
    def run(self, limit=1000):
        steps = 0
        while self.pc < len(self.program):
            steps += 1
            if steps > limit:
                raise VMError('step limit exceeded')
            op, *args = self.program[self.pc]
            self.pc += 1
            getattr(self, 'op_' + op)(*args)
        return self.out
    def op_push(self, v): self.stack.append(v)
    def op_load(self, name): self.stack.append(self.vars[name])
    def op_store(self, name): self.vars[name] = self.pop()
    def op_add(self): b, a = self.pop(), self.pop(); self.stack.append(a + b)
    def op_sub(self): b, a = self.pop(), self.pop(); self.stack.append(a - b)
    def op_mul(self): b, a = self.pop(), self.pop(); self.stack.append(a * b)
    def op_lt(self): b, a = self.pop(), self.pop(); self.stack.append(a < b)
    def op_jmp(self, target): self.pc = target
    def op_jz(self, target):
        if not self.pop():
            self.pc = target
    def op_print(self): self.out.append(self.pop())
factorial = [('push', 1), ('store', 'acc'), ('push', 1), ('store', 'i'),
             ('load', 'i'), ('push', 11), ('lt',), ('jz', 17),
             ('load', 'acc'), ('load', 'i'), ('mul',), ('store', 'acc'),
             ('load', 'i'), ('push', 1), ('add',), ('store', 'i'), ('jmp', 4),
             ('load', 'acc'), ('print',)]
print(VM(factorial).run())
print(VM([('push', 2), ('push', 3), ('add',), ('print',), ('push', 'ab'), ('push', 3), ('mul',), ('print',)]).run())
for bad in [[('add',)], [('jmp', 0)], [('load', 'nope')], [('bogus',)]]:
    try:
        VM(bad).run()
    except VMError as e:
        print('VMError:', e)
    except KeyError as e:
        print('KeyError:', e)
    except AttributeError as e:
        print('AttributeError:', e)
