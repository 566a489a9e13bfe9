# bound methods, functions as attributes, methods stored in containers
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f'{self.greeting}, {name}'
g1, g2 = Greeter('Hi'), Greeter('Hello')
m = g1.greet
print(m('ann'), m.__name__, m.__self__ is g1, m.__func__ is Greeter.greet)
fs = [g.greet for g in (g1, g2)]
print([f('x') for f in fs])
print(Greeter.greet(g2, 'direct'))
g1.shout = lambda s: s.upper()
print(g1.shout('plain function, not bound'))
def external(self):
    return 'external sees ' + self.greeting
Greeter.ext = external
print(g2.ext(), g1.greet == g1.greet, g1.greet is g1.greet)
ops = {'hi': g1.greet, 'len': len}
print(ops['hi']('bob'), ops['len']('four'))
print(list(map(g2.greet, ['a', 'b'])))
