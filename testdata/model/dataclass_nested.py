# nested dataclasses, equality and repr, default_factory with dataclasses
from dataclasses import dataclass, field
@dataclass
class Address:
    street: str
    city: str
@dataclass
class Person:
    name: str
    address: Address
    friends: list = field(default_factory=list)
@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
    def add(self, p):
        self.members.append(p)
        return self
    def cities(self):
        return sorted({m.address.city for m in self.members})
a = Person('ann', Address('1 Main St', 'Oslo'))
b = Person('bob', Address('2 High St', 'Rome'), ['ann'])
t = Team('core').add(a).add(b)
print(a)
print(t)
print(t.cities(), a == Person('ann', Address('1 Main St', 'Oslo')), a.address == b.address)
a.address.city = 'Bergen'
print(t.cities(), t.members[0].address)
print(Team('empty'), Team('x').members is Team('y').members)
