# classmethod alternate constructors respect subclassing
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split('-'))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f'{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})'
    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)
class BirthDay(Date):
    def age_at(self, other):
        return other.y - self.y - ((other.m, other.d) < (self.m, self.d))
b = BirthDay.from_string('1990-06-15')
print(b, Date.from_string('2024-1-2'), BirthDay.epoch(), type(b).__name__)
print(b.age_at(Date(2024, 6, 14)), b.age_at(Date(2024, 6, 15)))
print(sorted([Date(2020, 5, 1), BirthDay(1999, 12, 31), Date.epoch()]))
try:
    Date.from_string('2024-01')
except ValueError as e:
    print('ValueError:', e)
