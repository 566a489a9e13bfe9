class Dog:
    def __init__(self, name):
        self.name = name
d = Dog('rex')
print(d.name)
d.fly()
