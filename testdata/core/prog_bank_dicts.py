# bank account simulation with dicts and functions
accounts = {}
def open_account(name, deposit=0):
    if name in accounts:
        raise ValueError(f'account {name!r} exists')
    accounts[name] = {'balance': deposit, 'history': [('open', deposit)]}
def deposit(name, amount):
    if amount <= 0:
        raise ValueError('deposit must be positive')
    accounts[name]['balance'] += amount
    accounts[name]['history'].append(('dep', amount))
def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct['balance']:
        raise ValueError(f'insufficient funds: {acct["balance"]} < {amount}')
    acct['balance'] -= amount
    acct['history'].append(('wd', amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    deposit(dst, amount)
ops = [(open_account, 'alice', 100), (open_account, 'bob'), (deposit, 'bob', 50), (withdraw, 'alice', 30),
       (transfer, 'alice', 'bob', 60), (withdraw, 'bob', 500), (deposit, 'alice', -5), (open_account, 'bob', 1),
       (withdraw, 'carol', 1), (transfer, 'bob', 'alice', 110)]
for op, *args in ops:
    try:
        op(*args)
        print(f'{op.__name__}{tuple(args)} ok')
    except ValueError as e:
        print(f'{op.__name__} failed: {e}')
    except KeyError as e:
        print(f'{op.__name__} failed: no account {e}')
for name in sorted(accounts):
    a = accounts[name]
    print(f"{name:>6}: {a['balance']:>6.2f} {a['history']}")
print(sum(a['balance'] for a in accounts.values()))
