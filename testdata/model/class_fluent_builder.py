# fluent interface returning self; a small query builder
class Query:
    def __init__(self, table):
        self.table = table
        self.wheres, self.order, self.lim, self.cols = [], None, None, ['*']
    def select(self, *cols):
        self.cols = list(cols)
        return self
    def where(self, cond):
        self.wheres.append(cond)
        return self
    def order_by(self, col, desc=False):
        self.order = (col, desc)
        return self
    def limit(self, n):
        self.lim = n
        return self
    def __str__(self):
        s = f"SELECT {', '.join(self.cols)} FROM {self.table}"
        if self.wheres:
            s += ' WHERE ' + ' AND '.join(self.wheres)
        if self.order:
            s += f' ORDER BY {self.order[0]}' + (' DESC' if self.order[1] else '')
        if self.lim is not None:
            s += f' LIMIT {self.lim}'
        return s
    def run(self, rows):
        out = rows
        for w in self.wheres:
            col, op, val = w.split()
            val = int(val)
            out = [r for r in out if (r[col] > val if op == '>' else r[col] < val if op == '<' else r[col] == val)]
        if self.order:
            out = sorted(out, key=lambda r: r[self.order[0]], reverse=self.order[1])
        if self.lim is not None:
            out = out[:self.lim]
        return [r if self.cols == ['*'] else {c: r[c] for c in self.cols} for r in out]
rows = [{'id': i, 'age': a, 'score': s} for i, (a, s) in enumerate([(30, 5), (25, 9), (41, 7), (19, 9), (35, 2)])]
q = Query('users').select('id', 'score').where('age > 20').where('score > 3').order_by('score', desc=True).limit(2)
print(q)
print(q.run(rows))
print(Query('t'), Query('t').run(rows)[:1])
print(Query('t').where('score = 9').order_by('age').run(rows))
