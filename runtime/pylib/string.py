"""A collection of string constants, capwords and Template: minipy's string module."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def _capitalize(word):
    return word[:1].upper() + word[1:].lower()


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join. If the optional
    second argument sep is absent or None, runs of whitespace characters are
    replaced by a single space and leading and trailing whitespace are
    removed, otherwise sep is used to split and join the words.
    """
    return (sep or ' ').join([_capitalize(x) for x in s.split(sep)])


def _is_ident_start(ch):
    return ch == '_' or 'a' <= ch <= 'z' or 'A' <= ch <= 'Z'


def _ident_end(s, i):
    """The end of the ASCII identifier starting at s[i] (i if there is none),
    as CPython's Template.idpattern matches it."""
    if i >= len(s) or not _is_ident_start(s[i]):
        return i
    j = i + 1
    while j < len(s) and (_is_ident_start(s[j]) or '0' <= s[j] <= '9'):
        j += 1
    return j


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yield (start, end, kind, name) for every $-placeholder, scanning
        the way CPython's Template.pattern does: $$, $name, ${name} or an
        invalid placeholder (kind 'invalid', start just after the $)."""
        s = self.template
        i = s.find('$')
        while i >= 0:
            if s[i + 1:i + 2] == '$':
                yield i, i + 2, 'escaped', None
                i = s.find('$', i + 2)
                continue
            j = _ident_end(s, i + 1)
            if j > i + 1:
                yield i, j, 'named', s[i + 1:j]
                i = s.find('$', j)
                continue
            if s[i + 1:i + 2] == '{':
                j = _ident_end(s, i + 2)
                if j > i + 2 and s[j:j + 1] == '}':
                    yield i, j + 1, 'braced', s[i + 2:j]
                    i = s.find('$', j + 1)
                    continue
            yield i, i + 1, 'invalid', None
            i = s.find('$', i + 1)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        if kws:
            merged = dict(args[0])
            merged.update(kws)
            return merged
        return args[0]

    def substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(self.template[pos:start])
            pos = end
            if kind == 'escaped':
                out.append('$')
            elif kind == 'invalid':
                self._invalid(start + 1)
            else:
                out.append(str(mapping[name]))
        out.append(self.template[pos:])
        return ''.join(out)

    def safe_substitute(self, *args, **kws):
        mapping = self._mapping(args, kws)
        out = []
        pos = 0
        for start, end, kind, name in self._placeholders():
            out.append(self.template[pos:start])
            pos = end
            if kind == 'escaped':
                out.append('$')
            elif kind == 'invalid':
                out.append('$')
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(self.template[start:end])
        out.append(self.template[pos:])
        return ''.join(out)

    def is_valid(self):
        for _, _, kind, _ in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
