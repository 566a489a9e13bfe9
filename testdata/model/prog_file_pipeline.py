# generator pipeline over a file: parse a log, filter, aggregate
import os
path = '/tmp/minipy_model_prog_file_pipeline.log'
lines = [
    '2024-01-01 10:00:01 INFO  user=ann action=login',
    '2024-01-01 10:00:05 WARN  user=bob action=retry',
    '# comment line',
    '',
    '2024-01-01 10:01:00 ERROR user=ann action=upload size=120',
    '2024-01-01 10:02:30 INFO  user=cid action=login',
    '2024-01-01 10:03:00 ERROR user=bob action=upload size=80',
    'garbage line',
    '2024-01-01 10:04:00 INFO  user=ann action=logout',
]
with open(path, 'w') as f:
    for l in lines:
        f.write(l + '\n')
def read(path):
    with open(path) as f:
        for n, line in enumerate(f, 1):
            yield n, line.rstrip('\n')
def meaningful(records):
    for n, line in records:
        if line and not line.startswith('#'):
            yield n, line
def parse(records):
    for n, line in records:
        parts = line.split()
        if len(parts) < 4:
            print(f'line {n}: skipped malformed {line!r}')
            continue
        date, time, level, *fields = parts
        kv = dict(f.split('=', 1) for f in fields)
        yield {'line': n, 'time': time, 'level': level, **kv}
def only(level, events):
    return (e for e in events if e['level'] == level)
events = list(parse(meaningful(read(path))))
print(len(events), [e['line'] for e in events])
errors = list(only('ERROR', events))
print([(e['user'], int(e['size'])) for e in errors], sum(int(e['size']) for e in errors))
per_user = {}
for e in events:
    per_user.setdefault(e['user'], []).append(e['action'])
for user in sorted(per_user):
    print(user, per_user[user])
os.remove(path)
