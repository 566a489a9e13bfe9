# namedtuple records parsed from CSV-like text
from collections import namedtuple, defaultdict
Row = namedtuple('Row', 'city country population area')
raw = """Tokyo,Japan,37400068,2194
Delhi,India,28514000,1484
Shanghai,China,25582000,6341
Osaka,Japan,19281000,225
Mumbai,India,19980000,603"""
rows = []
for line in raw.splitlines():
    city, country, pop, area = line.split(',')
    rows.append(Row(city, country, int(pop), int(area)))
print(rows[0], rows[0]._fields)
for r in sorted(rows, key=lambda r: r.population / r.area, reverse=True):
    print(f'{r.city:<10}{r.population / r.area:>10.1f}')
by_country = defaultdict(list)
for r in rows:
    by_country[r.country].append(r.city)
print(dict(by_country))
biggest = max(rows, key=lambda r: r.population)
print(biggest.city, biggest._replace(population=0), biggest._asdict()['country'])
print(sum(r.population for r in rows if r.country == 'Japan'), [r.city for r in rows if r.area < 1000])
