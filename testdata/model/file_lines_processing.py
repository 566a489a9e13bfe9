# writing CSV-like data to a file, reading it back with readline loops and iteration
import os
path = '/tmp/minipy_model_file_lines_processing.csv'
rows = [('name', 'dept', 'salary'), ('ann', 'eng', '120'), ('bob', 'ops', '95'), ('cid', 'eng', '105'), ('dee', 'hr', '80')]
with open(path, 'w') as f:
    for r in rows:
        f.write(','.join(r) + '\n')
with open(path) as f:
    header = f.readline().strip().split(',')
    records = []
    while True:
        line = f.readline()
        if not line:
            break
        records.append(dict(zip(header, line.strip().split(','))))
print(header, len(records), records[0])
totals = {}
for r in records:
    totals[r['dept']] = totals.get(r['dept'], 0) + int(r['salary'])
print(totals)
with open(path) as f:
    print(sum(1 for _ in f), 'lines')
with open(path) as f:
    next(f)
    print([line.split(',')[0] for line in f])
with open(path, 'a') as f:
    f.write('eve,eng,99\n')
    f.write('fay,ops,70\n')
with open(path) as f:
    content = f.read()
print(content.count('\n'), content.splitlines()[-1], content.endswith('\n'))
os.remove(path)
