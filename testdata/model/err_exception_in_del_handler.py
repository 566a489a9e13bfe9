class Account:
    def __init__(self):
        self.balance = 0
    def withdraw(self, n):
        assert n <= self.balance, f'cannot withdraw {n} from {self.balance}'
        self.balance -= n
a = Account()
a.withdraw(0)
a.withdraw(5)
