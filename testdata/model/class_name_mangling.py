# private name mangling
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self._protected = 'convention only'
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def __secret(self):
        return 'secret'
    def reveal(self):
        return self.__secret()
a = Account('ann')
print(a.deposit(10), a.deposit(5), a.reveal(), a._protected)
print(hasattr(a, '__balance'), hasattr(a, '_Account__balance'), a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError:', e)
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return 'AttributeError: ' + str(e)
print(Sub('bob').peek())
print(sorted(k for k in vars(a)))
