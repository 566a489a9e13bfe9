class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return self.x == other.x
print(P(1) == P(1))
s = {P(1)}
