class Money:
    def __init__(self, cents):
        self.cents = cents
print(Money(5).cents)
Money(5) + Money(10)
