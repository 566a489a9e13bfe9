# overriding properties and methods used by base-class logic
class Employee:
    raise_pct = 0.03
    def __init__(self, name, salary):
        self.name, self._salary = name, salary
    @property
    def salary(self):
        return self._salary
    @property
    def title(self):
        return 'Employee'
    def give_raise(self):
        self._salary = round(self._salary * (1 + self.raise_pct), 2)
    def __str__(self):
        return f'{self.title} {self.name}: {self.salary:,.2f}'
class Manager(Employee):
    raise_pct = 0.10
    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)
    @property
    def title(self):
        return f'Manager of {len(self.reports)}'
    @property
    def salary(self):
        return super().salary + 1000 * len(self.reports)
staff = [Employee('ann', 50000), Employee('bob', 42000.5)]
boss = Manager('cid', 90000, staff)
for p in staff + [boss]:
    p.give_raise()
    print(p)
print(sum(p.salary for p in staff + [boss]))
print(isinstance(Manager.salary, property), Manager.raise_pct, Employee.raise_pct)
