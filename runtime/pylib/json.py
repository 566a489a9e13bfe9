"""JSON encoder and decoder: minipy's json (dumps, dump, loads, load).

The logic is CPython 3.11's json package (encoder._make_iterencode and the
scanner of its C accelerator, which is what CPython runs), folded into one
module without regular expressions. Output, error messages and error
positions are CPython's.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lines = doc[:pos].split('\n')
        lineno = len(lines)
        colno = len(lines[-1]) + 1
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- encoding

_ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)


def _escape_ascii(c):
    e = _ESCAPE_DCT.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))


def encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    out = None
    start = 0
    i = 0
    for c in s:
        if c < ' ' or c > '~' or c == '"' or c == '\\':
            if out is None:
                out = ['"']
            out.append(s[start:i])
            out.append(_escape_ascii(c))
            start = i + 1
        i += 1
    if out is None:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


def encode_basestring(s):
    """Return a JSON representation of a Python string"""
    out = None
    start = 0
    i = 0
    for c in s:
        if c < ' ' or c == '"' or c == '\\':
            if out is None:
                out = ['"']
            out.append(s[start:i])
            out.append(_ESCAPE_DCT[c])
            start = i + 1
        i += 1
    if out is None:
        return '"' + s + '"'
    out.append(s[start:])
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and return its string representation in chunks."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        state = _EncodeState(self, indent)
        state.encode(o, 0)
        return state.chunks


class _EncodeState:
    """One encoding run: the options and the list of output chunks."""

    def __init__(self, encoder, indent):
        self.chunks = []
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.str_encoder = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return repr(float(o))
        if not self.allow_nan:
            # Without indent CPython runs its C encoder, whose message does
            # not name the value.
            if self.indent is None:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def scalar(self, o):
        """The JSON text of a scalar, or None for containers and others."""
        if isinstance(o, str):
            return self.str_encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return repr(o) if type(o) is int else repr(int(o))
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def mark(self, o):
        if self.markers is None:
            return None
        markerid = id(o)
        if markerid in self.markers:
            raise ValueError('Circular reference detected')
        self.markers[markerid] = o
        return markerid

    def unmark(self, markerid):
        if markerid is not None:
            del self.markers[markerid]

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markerid = self.mark(o)
            self.encode(self.default(o), level)
            self.unmark(markerid)

    def encode_list(self, lst, level):
        chunks = self.chunks
        if not lst:
            chunks.append('[]')
            return
        markerid = self.mark(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                chunks.append(buf + text)
            else:
                chunks.append(buf)
                self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append(']')
        self.unmark(markerid)

    def encode_dict(self, dct, level):
        chunks = self.chunks
        if not dct:
            chunks.append('{}')
            return
        markerid = self.mark(dct)
        chunks.append('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            chunks.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(int(key))
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % type(key).__name__)
            if first:
                first = False
            else:
                chunks.append(item_separator)
            chunks.append(self.str_encoder(key))
            chunks.append(self.key_separator)
            text = self.scalar(value)
            if text is not None:
                chunks.append(text)
            else:
                self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            chunks.append('\n' + self.indent * level)
        chunks.append('}')
        self.unmark(markerid)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators,
               default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators,
                  default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# ---------------------------------------------------------------- decoding

_WS = ' \t\n\r'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEXDIGITS = '0123456789abcdefABCDEF'
_CONSTANTS = {
    '-Infinity': -_INF,
    'Infinity': _INF,
    'NaN': float('nan'),
}


class _NoValue(Exception):
    """No JSON value starts at idx (CPython's scanner raises StopIteration(idx))."""

    def __init__(self, idx):
        Exception.__init__(self, idx)
        self.idx = idx


def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _hex4(s, pos):
    """The value of the 4 hex digits at s[pos:pos+4], or -1."""
    esc = s[pos:pos + 4]
    if len(esc) != 4:
        return -1
    for c in esc:
        if c not in _HEXDIGITS:
            return -1
    return int(esc, 16)


def scanstring(s, end, strict=True):
    """Scan the JSON string whose opening quote is at end-1: (decoded, index after the closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # Find the end of the string or the next escape.
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                raise JSONDecodeError('Invalid control character at', s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        nxt += 1
        if c == '"':
            end = nxt
            break
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            char = _BACKSLASH.get(c)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
            chunks.append(char)
            continue
        nxt += 1
        end = nxt + 4
        uni = _hex4(s, nxt)
        if uni < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


def _is_digit(c):
    return '0' <= c <= '9'


class JSONDecoder:
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.get
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str containing a JSON document)."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:]: (value, index where it ended)."""
        try:
            return self._scan(s, idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.idx) from None

    def _scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise _NoValue(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx, n)

    def _number(self, s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _NoValue(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and _is_digit(s[idx + 1]):
            is_float = True
            idx += 2
            while idx < n and _is_digit(s[idx]):
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and _is_digit(s[idx]):
                idx += 1
            if _is_digit(s[idx - 1]):
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def _object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, idx)
                key, idx = scanstring(s, idx + 1, self.strict)
                idx = _skip_ws(s, idx, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
                value, idx = self._scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def _array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx, n)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self._scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1, n)
        return values, idx + 1


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError('the JSON object must be str, bytes or bytearray, not %s'
                            % type(s).__name__)
        if s.startswith(b'\xef\xbb\xbf'):
            s = s[3:]
        s = s.decode('utf-8')
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
