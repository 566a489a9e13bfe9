# bank account class hierarchy
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed:.2f}, have {available:.2f}')
        self.needed, self.available = needed, available
class Account:
    _next_no = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.no = Account._next_no
        Account._next_no += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def available(self):
        return self._balance
    def month_end(self):
        pass
    def __repr__(self):
        return f'{type(self).__name__}(#{self.no}, {self.owner}, {self._balance:.2f})'
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        self.deposit(interest) if interest > 0 else None
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self._balance + self.overdraft
    def month_end(self):
        if self._balance < 0:
            self._balance -= 5
            self.history.append(('fee', 5))
accts = [Savings('ann', 1200), Checking('bob', 50), Account('cid', 10)]
ops = [(0, 'withdraw', 200), (1, 'withdraw', 120), (1, 'withdraw', 100), (2, 'deposit', -1), (2, 'withdraw', 11), (0, 'deposit', 0.5)]
for i, op, amt in ops:
    try:
        getattr(accts[i], op)(amt)
        print('ok  ', op, amt, accts[i])
    except InsufficientFunds as e:
        print('fail', op, amt, '->', e, e.needed)
    except ValueError as e:
        print('fail', op, amt, '->', e)
for month in range(3):
    for a in accts:
        a.month_end()
for a in accts:
    print(a, a.balance, a.history)
print(sum(a.balance for a in accts), [type(a).__mro__[1].__name__ for a in accts])
