# a tokenizer class yielding Token namedtuples, with error positions
from collections import namedtuple
Token = namedtuple('Token', 'kind text pos')
class LexError(Exception):
    def __init__(self, ch, pos):
        super().__init__(f'unexpected {ch!r} at {pos}')
        self.pos = pos
class Lexer:
    KEYWORDS = {'let', 'if', 'else', 'print'}
    OPS = ['==', '!=', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')', '{', '}', ';']
    def __init__(self, src):
        self.src = src
    def __iter__(self):
        i, s = 0, self.src
        while i < len(s):
            c = s[i]
            if c in ' \t\n':
                i += 1
                continue
            if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                yield Token('NUM', s[i:j], i)
                i = j
                continue
            if c.isalpha() or c == '_':
                j = i
                while j < len(s) and (s[j].isalpha() or s[j].isdigit() or s[j] == '_'):
                    j += 1
                word = s[i:j]
                yield Token('KW' if word in self.KEYWORDS else 'ID', word, i)
                i = j
                continue
            if c == '"':
                j = s.find('"', i + 1)
                if j < 0:
                    raise LexError(c, i)
                yield Token('STR', s[i + 1:j], i)
                i = j + 1
                continue
            for op in self.OPS:
                if s.startswith(op, i):
                    yield Token('OP', op, i)
                    i += len(op)
                    break
            else:
                raise LexError(c, i)
src = 'let x_1 = 42; if (x_1 >= 10) { print "big" } else { print x_1 * 2 }'
toks = list(Lexer(src))
for t in toks[:8]:
    print(t)
print(len(toks), [t.text for t in toks if t.kind == 'KW'], sorted({t.kind for t in toks}))
for bad in ['let y = 3 $ 4', 'print "unterminated']:
    try:
        list(Lexer(bad))
    except LexError as e:
        print('LexError:', e, '| pos', e.pos, repr(bad[e.pos:]))
