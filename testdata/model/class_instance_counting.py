# class attributes as shared state, ids via counters, classmethod factories
class Ticket:
    _next = 1
    issued = []
    def __init__(self, who):
        self.id = Ticket._next
        Ticket._next += 1
        self.who = who
        Ticket.issued.append(self)
    def __repr__(self):
        return f'#{self.id}:{self.who}'
    @classmethod
    def reset(cls):
        cls._next = 1
        cls.issued = []
for name in ['ann', 'bob', 'cid']:
    Ticket(name)
print(Ticket.issued, Ticket._next)
Ticket.reset()
print(Ticket.issued, Ticket('dee'), Ticket('eve'))
class VIP(Ticket):
    pass
v = VIP('zed')
print(v, Ticket._next, VIP._next, Ticket.issued)
