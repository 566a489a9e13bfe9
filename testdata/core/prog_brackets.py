# balanced brackets with a list as stack
PAIRS = {')': '(', ']': '[', '}': '{'}
def check(s):
    stack = []
    for i, c in enumerate(s):
        if c in '([{':
            stack.append((c, i))
        elif c in PAIRS:
            if not stack:
                return f'unmatched {c!r} at {i}'
            top, j = stack.pop()
            if top != PAIRS[c]:
                return f'mismatch {top!r}@{j} vs {c!r}@{i}'
    if stack:
        return f'unclosed {stack[-1][0]!r} at {stack[-1][1]}'
    return 'ok'
for s in ['()', '([]{})', '(]', '((', '())', '', '{[()()]}', 'a(b[c]d)e', '}{']:
    print(repr(s), check(s))
