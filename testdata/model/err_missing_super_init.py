class Base:
    def __init__(self):
        self.items = []
class Child(Base):
    def __init__(self, name):
        self.name = name
    def add(self, x):
        self.items.append(x)
c = Child('c')
c.add(1)
