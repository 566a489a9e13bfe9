# tokenizer and recursive-descent calculator with functions
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c in ' \t':
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif c in '+-*/()^%':
            tokens.append(('op', c))
            i += 1
        else:
            raise ValueError('bad character ' + repr(c))
    return tokens
def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else ('end', None)
    def take():
        t = peek(); pos[0] += 1; return t
    def expr():
        v = term()
        while peek() in (('op', '+'), ('op', '-')):
            v = v + term() if take()[1] == '+' else v - term()
        return v
    def term():
        v = factor()
        while peek()[1] in ('*', '/', '%'):
            op = take()[1]
            r = factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor():
        b = unary()
        if peek() == ('op', '^'):
            take()
            return b ** factor()
        return b
    def unary():
        if peek() == ('op', '-'):
            take(); return -unary()
        t = take()
        if t[0] == 'num':
            return t[1]
        if t == ('op', '('):
            v = expr()
            if take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError('unexpected ' + str(t[1]))
    v = expr()
    if peek()[0] != 'end':
        raise SyntaxError('trailing ' + str(peek()[1]))
    return v
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 % 3 + 0.5', '((2))', '1 +', '2 $ 3', '1 / 0', '3 )']:
    try:
        print(src, '=', parse(tokenize(src)))
    except (SyntaxError, ValueError, ZeroDivisionError) as e:
        print(src, '->', type(e).__name__, e)
