package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The methods of str and bytes. Most are registered for both types from one
// definition over a textKind; the few that exist for one type only are at
// the end.

func init() {
	addTextMethods(StrType, strKind)
	addStrOnlyMethods(StrType)
}

// addBytesTextMethods is called from bytes.go's init.
func addBytesTextMethods(t *Type) { addTextMethods(t, bytesKind) }

// textMethod adapts a method body that receives the receiver's text.
type textMethod func(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error)

func addTextMethods(typ *Type, k *textKind) {
	add := func(name string, fn textMethod) {
		typ.AddMethod(name, func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			s, _ := k.unwrap(self)
			return fn(t, k, self, s, args, kwargs)
		})
	}
	add("split", textSplit(false))
	add("rsplit", textSplit(true))
	add("join", textJoin)
	add("strip", textStrip("strip", true, true))
	add("lstrip", textStrip("lstrip", true, false))
	add("rstrip", textStrip("rstrip", false, true))
	add("startswith", textAffix("startswith", strings.HasPrefix))
	add("endswith", textAffix("endswith", strings.HasSuffix))
	add("find", textFind("find", false, false))
	add("rfind", textFind("rfind", true, false))
	add("index", textFind("index", false, true))
	add("rindex", textFind("rindex", true, true))
	add("count", textCount)
	add("replace", textReplace)
	add("partition", textPartition(false))
	add("rpartition", textPartition(true))
	add("splitlines", textSplitLines)
	add("expandtabs", textExpandTabs)
	add("ljust", textJustify("ljust"))
	add("rjust", textJustify("rjust"))
	add("center", textJustify("center"))
	add("zfill", textZfill)
	add("removeprefix", textRemoveAffix("removeprefix", true))
	add("removesuffix", textRemoveAffix("removesuffix", false))
	add("upper", textCase("upper", asciiUpper, toUpperFull))
	add("lower", textCase("lower", asciiLower, toLowerFull))
	add("swapcase", textCase("swapcase", func(c byte) byte {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return asciiLower(c)
	}, func(b *strings.Builder, r rune, _ bool) bool {
		switch {
		case unicode.IsUpper(r):
			toLowerFull(b, r, false)
		case unicode.IsLower(r):
			toUpperFull(b, r, false)
		default:
			b.WriteRune(r)
		}
		return false
	}))
	add("title", func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("title", args, kwargs); err != nil {
			return Value{}, err
		}
		if k == bytesKind || isASCIIString(s) {
			return k.wrap(titleASCII(s)), nil
		}
		return k.wrap(caseMapFrom(s, 0, true, titleRune)), nil
	})
	add("capitalize", func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("capitalize", args, kwargs); err != nil {
			return Value{}, err
		}
		if s == "" {
			return k.wrap(s), nil
		}
		r, size := k.decode(s)
		var b strings.Builder
		if k == bytesKind || r < utf8.RuneSelf {
			b.WriteByte(asciiUpper(byte(r)))
		} else {
			titleRune(&b, r, false)
		}
		rest := s[size:]
		if k == bytesKind || isASCIIString(rest) {
			b.WriteString(strings.Map(func(r rune) rune { return rune(asciiLower(byte(r))) }, rest))
		} else {
			b.WriteString(caseMapFrom(s, size, true, toLowerFull))
		}
		return k.wrap(b.String()), nil
	})
	add("isdigit", textPredicate("isdigit", isDigitRune))
	add("isalpha", textPredicate("isalpha", unicode.IsLetter))
	add("isalnum", textPredicate("isalnum", func(r rune) bool {
		return unicode.IsLetter(r) || isDigitRune(r) || isNumericRune(r)
	}))
	add("isspace", func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		return textAll("isspace", k, s, args, kwargs, k.isSpace)
	})
	add("isupper", textCased("isupper", unicode.IsLower))
	add("islower", textCased("islower", func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }))
	add("istitle", textIsTitle)
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wrapList turns Go strings into a list of str or bytes values.
func (k *textKind) wrapList(parts []string) Value {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = k.wrap(p)
	}
	return Obj(NewList(items))
}

// optSep unwraps an optional separator argument (None: whitespace).
func (k *textKind) optSep(v Value) (*string, error) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	s, ok := k.unwrap(v)
	if !ok {
		if k == bytesKind {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
		}
		return nil, Errorf(TypeErrorType, "must be str or None, not %s", v.Type().Name)
	}
	return &s, nil
}

func textSplit(right bool) textMethod {
	name := "split"
	if right {
		name = "rsplit"
	}
	return func(t *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		sepV, maxV := None, Int(-1)
		if err := UnpackArgs(name, args, kwargs, "sep?", &sepV, "maxsplit?", &maxV); err != nil {
			return Value{}, err
		}
		sep, err := k.optSep(sepV)
		if err != nil {
			return Value{}, err
		}
		maxsplit, err := AsIndex(t, maxV)
		if err != nil {
			return Value{}, err
		}
		n := int(maxsplit)
		if maxsplit < 0 || maxsplit > int64(len(s)) {
			n = -1
		}
		switch {
		case sep == nil && right:
			return k.wrapList(k.rsplitWhitespace(s, n)), nil
		case sep == nil:
			return k.wrapList(k.splitWhitespace(s, n)), nil
		case *sep == "":
			return Value{}, Errorf(ValueErrorType, "empty separator")
		case right:
			return k.wrapList(rsplitSep(s, *sep, n)), nil
		}
		return k.wrapList(strings.SplitN(s, *sep, splitNCount(n))), nil
	}
}

// splitNCount converts Python's maxsplit into strings.SplitN's count.
func splitNCount(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func textJoin(t *Thread, k *textKind, _ Value, sep string, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s.join() takes no keyword arguments", k.name)
	}
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "%s.join() takes exactly one argument (%d given)", k.name, len(args))
	}
	if args[0].Type().Iter == nil {
		return Value{}, Errorf(TypeErrorType, "can only join an iterable")
	}
	var j joiner
	j.kind = k
	if err := forEach(t, args[0], j.add); err != nil {
		return Value{}, err
	}
	if j.badType != nil {
		if k == bytesKind {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", j.badIndex, j.badType.Name)
		}
		return Value{}, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", j.badIndex, j.badType.Name)
	}
	return j.result(sep), nil
}

// joiner collects the parts of str.join / bytes.join. Like CPython, which
// makes a list of the iterable first, it consumes the whole iterable before
// reporting the first item of the wrong type; it keeps only the text of
// each part (not the items), then builds the result in one allocation.
type joiner struct {
	kind     *textKind
	parts    []string
	size     int   // total bytes of parts
	runes    int   // total code points of parts (str only)
	badIndex int   // the first item that is not text, when badType is set
	badType  *Type // nil while every item is text
}

func (j *joiner) add(v Value) error {
	if j.badType != nil {
		return nil // keep consuming, as CPython's PySequence_Fast does
	}
	var s string
	if o, ok := v.obj.(*Str); ok && j.kind == strKind {
		s = o.s
		j.runes += o.n
	} else if text, ok := j.kind.unwrap(v); ok {
		s = text
	} else {
		j.badIndex, j.badType = len(j.parts), v.Type()
		return nil
	}
	if len(j.parts) == cap(j.parts) {
		j.parts = growStrings(j.parts)
	}
	j.parts = append(j.parts, s)
	j.size += len(s)
	return nil
}

// growStrings doubles the capacity of parts (see growItems for why).
func growStrings(parts []string) []string {
	grown := make([]string, len(parts), 2*cap(parts)+8)
	copy(grown, parts)
	return grown
}

// result is the parts joined by sep.
func (j *joiner) result(sep string) Value {
	size := j.size
	if len(j.parts) > 1 {
		size += len(sep) * (len(j.parts) - 1)
	}
	if j.kind != strKind {
		return j.kind.wrap(string(j.join(make([]byte, size), sep)))
	}
	if len(j.parts) == 1 {
		return newStrLen(j.parts[0], j.runes) // shares the part's bytes
	}
	n := j.runes
	if len(j.parts) > 1 {
		n += utf8.RuneCountInString(sep) * (len(j.parts) - 1)
	}
	if size <= 1 {
		return newStrLen(string(j.join(make([]byte, size), sep)), n)
	}
	s, buf := newStrBuf(size)
	j.join(buf, sep)
	s.n = n
	return Obj(s)
}

// join writes the parts separated by sep into buf, which has their size.
func (j *joiner) join(buf []byte, sep string) []byte {
	at := 0
	for i, part := range j.parts {
		if i > 0 {
			at += copy(buf[at:], sep)
		}
		at += copy(buf[at:], part)
	}
	return buf
}

func textStrip(name string, left, right bool) textMethod {
	return func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return Value{}, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
		}
		var chars *string
		if len(args) == 1 && !args[0].IsNone() {
			c, ok := k.unwrap(args[0])
			if !ok {
				if k == bytesKind {
					return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
				}
				return Value{}, Errorf(TypeErrorType, "%s arg must be None or str", name)
			}
			chars = &c
		}
		return k.wrap(k.strip(s, chars, left, right)), nil
	}
}

// bounds converts optional start/end arguments (Python indices, None
// allowed) into byte offsets into s, clamped as CPython's ADJUST_INDICES.
// ok is false when start is past the end (nothing can match, not even "").
func (k *textKind) bounds(t *Thread, self Value, s string, args []Value) (lo, hi int, ok bool, err error) {
	n := len(s)
	str := asStrObj(self)
	if str != nil {
		n = str.n
	}
	start, end := 0, n
	if len(args) > 0 && !args[0].IsNone() {
		if start, err = clampIndex(t, args[0], n); err != nil {
			return 0, 0, false, err
		}
	}
	if len(args) > 1 && !args[1].IsNone() {
		if end, err = clampIndex(t, args[1], n); err != nil {
			return 0, 0, false, err
		}
	}
	end = min(end, n)
	if start > n {
		return 0, 0, false, nil
	}
	if end < start {
		end = start
	}
	if str != nil && !str.isASCII() {
		return str.byteOffset(start), str.byteOffset(end), true, nil
	}
	return start, end, true, nil
}

// clampIndex converts a start/end argument: negative counts from the end,
// and the result is clamped at 0 (and may exceed n only for start).
func clampIndex(t *Thread, v Value, n int) (int, error) {
	i, err := AsIndex(t, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(OverflowErrorType) {
			if b, ok := v.obj.(*BigInt); ok && b.v.Sign() < 0 {
				return 0, nil
			}
			return n + 1, nil
		}
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	if i > int64(n) {
		i = int64(n) + 1
	}
	return int(i), nil
}

// pyIndex converts a byte offset into s back into a Python index.
func (k *textKind) pyIndex(self Value, off int) int {
	if str := asStrObj(self); str != nil {
		return str.cpIndex(off)
	}
	return off
}

func textAffix(name string, test func(s, affix string) bool) textMethod {
	return func(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 3 {
			return Value{}, Errorf(TypeErrorType, "%s expected %s, got %d", name, "at least 1 argument", len(args))
		}
		lo, hi, ok, err := k.bounds(t, self, s, args[1:])
		if err != nil || !ok {
			return False, err
		}
		sub := s[lo:hi]
		var candidates []Value
		if tup, isTuple := args[0].obj.(*Tuple); isTuple {
			candidates = tup.Items()
		} else {
			candidates = args[:1]
		}
		for _, c := range candidates {
			affix, ok := k.unwrap(c)
			if !ok {
				if k == bytesKind {
					return Value{}, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, c.Type().Name)
				}
				if _, isTuple := args[0].obj.(*Tuple); isTuple {
					return Value{}, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, c.Type().Name)
				}
				return Value{}, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, c.Type().Name)
			}
			if test(sub, affix) {
				return True, nil
			}
		}
		return False, nil
	}
}

// subArgs checks the (sub[, start[, end]]) arguments of find and count.
func (k *textKind) subArgs(name string, args []Value, kwargs []Kwarg) (string, error) {
	if len(kwargs) > 0 {
		return "", Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 {
		return "", Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
	}
	if len(args) > 3 {
		return "", Errorf(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	if k == bytesKind && IsIntegral(args[0]) {
		n, _ := IndexValue(args[0])
		if n < 0 || n > 255 {
			return "", Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(n)}), nil
	}
	return k.argText(args[0])
}

func textFind(name string, right, raise bool) textMethod {
	return func(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		sub, err := k.subArgs(name, args, kwargs)
		if err != nil {
			return Value{}, err
		}
		lo, hi, ok, err := k.bounds(t, self, s, args[1:])
		if err != nil {
			return Value{}, err
		}
		i := -1
		if ok {
			if right {
				i = strings.LastIndex(s[lo:hi], sub)
			} else {
				i = strings.Index(s[lo:hi], sub)
			}
		}
		if i < 0 {
			if raise {
				return Value{}, Errorf(ValueErrorType, "substring not found")
			}
			return Int(-1), nil
		}
		return Int(int64(k.pyIndex(self, lo+i))), nil
	}
}

func textCount(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	sub, err := k.subArgs("count", args, kwargs)
	if err != nil {
		return Value{}, err
	}
	lo, hi, ok, err := k.bounds(t, self, s, args[1:])
	if err != nil || !ok {
		return Int(0), err
	}
	if sub == "" && k == strKind {
		return Int(int64(utf8.RuneCountInString(s[lo:hi]) + 1)), nil
	}
	return Int(int64(strings.Count(s[lo:hi], sub))), nil
}

func textReplace(t *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "replace() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "replace expected at least 2 arguments, got %d", len(args))
	}
	var parts [2]string
	for i := range parts {
		p, ok := k.unwrap(args[i])
		if !ok {
			if k == bytesKind {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", args[i].Type().Name)
			}
			return Value{}, Errorf(TypeErrorType, "replace() argument %d must be str, not %s", i+1, args[i].Type().Name)
		}
		parts[i] = p
	}
	n := int64(-1)
	if len(args) == 3 {
		var err error
		if n, err = AsIndex(t, args[2]); err != nil {
			return Value{}, err
		}
	}
	if n < 0 {
		n = -1
	}
	return k.wrap(strings.Replace(s, parts[0], parts[1], int(min(n, int64(len(s)+1))))), nil
}

func textPartition(right bool) textMethod {
	return func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		name := "partition"
		if right {
			name = "rpartition"
		}
		if len(kwargs) > 0 || len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		sep, err := k.argText(args[0])
		if err != nil {
			return Value{}, err
		}
		if sep == "" {
			return Value{}, Errorf(ValueErrorType, "empty separator")
		}
		var i int
		if right {
			i = strings.LastIndex(s, sep)
		} else {
			i = strings.Index(s, sep)
		}
		empty := k.wrap("")
		switch {
		case i >= 0:
			return NewTuple([]Value{k.wrap(s[:i]), k.wrap(sep), k.wrap(s[i+len(sep):])}), nil
		case right:
			return NewTuple([]Value{empty, empty, k.wrap(s)}), nil
		}
		return NewTuple([]Value{k.wrap(s), empty, empty}), nil
	}
}

func textSplitLines(t *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	keep := False
	if err := UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
		return Value{}, err
	}
	keepends, err := Truth(t, keep)
	if err != nil {
		return Value{}, err
	}
	return k.wrapList(k.splitLines(s, keepends)), nil
}

func textExpandTabs(t *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	size := Int(8)
	if err := UnpackArgs("expandtabs", args, kwargs, "tabsize?", &size); err != nil {
		return Value{}, err
	}
	n, err := AsIndex(t, size)
	if err != nil {
		return Value{}, err
	}
	return k.wrap(k.expandTabs(s, int(n))), nil
}

// textLen is the length of a text receiver in Python units.
func (k *textKind) textLen(self Value, s string) int {
	if str := asStrObj(self); str != nil {
		return str.n
	}
	return len(s)
}

func textJustify(name string) textMethod {
	return func(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
		}
		width, err := AsIndex(t, args[0])
		if err != nil {
			return Value{}, err
		}
		fill := " "
		if len(args) == 2 {
			f, ok := k.unwrap(args[1])
			if !ok || k.textLen(args[1], f) != 1 {
				if !ok && k == strKind {
					return Value{}, Errorf(TypeErrorType, "%s() argument 2 must be str, not %s", name, args[1].Type().Name)
				}
				if k == bytesKind {
					return Value{}, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].Type().Name)
				}
				return Value{}, Errorf(TypeErrorType, "The fill character must be exactly one character long")
			}
			fill = f
		}
		n := k.textLen(self, s)
		if width <= int64(n) {
			return self, nil
		}
		if width-int64(n) > maxSeqBytes {
			return Value{}, NewException(MemoryErrorType)
		}
		pad := int(width) - n
		var left int
		switch name {
		case "rjust":
			left = pad
		case "center":
			// CPython's centering puts the odd space on the right unless
			// both the padding and the width are odd.
			left = pad/2 + (pad & int(width) & 1)
		}
		return k.wrap(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), nil
	}
}

func textZfill(t *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 || len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "zfill() takes exactly one argument (%d given)", len(args))
	}
	width, err := AsIndex(t, args[0])
	if err != nil {
		return Value{}, err
	}
	n := k.textLen(self, s)
	if width <= int64(n) {
		return self, nil
	}
	zeros := strings.Repeat("0", int(width)-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return k.wrap(s[:1] + zeros + s[1:]), nil
	}
	return k.wrap(zeros + s), nil
}

func textRemoveAffix(name string, prefix bool) textMethod {
	return func(_ *Thread, k *textKind, self Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if len(kwargs) > 0 || len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		a, ok := k.unwrap(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "%s() argument must be %s, not %s", name, k.name, args[0].Type().Name)
		}
		if prefix && strings.HasPrefix(s, a) && a != "" {
			return k.wrap(s[len(a):]), nil
		}
		if !prefix && strings.HasSuffix(s, a) && a != "" {
			return k.wrap(s[:len(s)-len(a)]), nil
		}
		return self, nil
	}
}

func textCase(name string, ascii func(byte) byte, uni func(*strings.Builder, rune, bool) bool) textMethod {
	return func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs(name, args, kwargs); err != nil {
			return Value{}, err
		}
		if k == bytesKind {
			b := []byte(s)
			for i, c := range b {
				b[i] = ascii(c)
			}
			return NewBytes(b), nil
		}
		if name != "upper" && !isASCIIString(s) {
			return NewStr(caseMapFrom(s, 0, true, uni)), nil // final sigma
		}
		return NewStr(caseMap(s, ascii, uni)), nil
	}
}

// textAll reports whether s is non-empty and every character satisfies pred.
func textAll(name string, k *textKind, s string, args []Value, kwargs []Kwarg, pred func(rune) bool) (Value, error) {
	if err := noArgs(name, args, kwargs); err != nil {
		return Value{}, err
	}
	if s == "" {
		return False, nil
	}
	for i := 0; i < len(s); {
		r, size := k.decode(s[i:])
		if k == bytesKind && r >= utf8.RuneSelf || !pred(r) {
			return False, nil
		}
		i += size
	}
	return True, nil
}

func textPredicate(name string, pred func(rune) bool) textMethod {
	return func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		return textAll(name, k, s, args, kwargs, pred)
	}
}

// textCased is isupper/islower: at least one cased character and none of
// the opposite case (the test given is "has the wrong case").
func textCased(name string, wrong func(rune) bool) textMethod {
	return func(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs(name, args, kwargs); err != nil {
			return Value{}, err
		}
		cased := false
		for i := 0; i < len(s); {
			r, size := k.decode(s[i:])
			i += size
			if k == bytesKind && r >= utf8.RuneSelf {
				continue
			}
			if wrong(r) {
				return False, nil
			}
			cased = cased || isCased(r)
		}
		return Bool(cased), nil
	}
}

func textIsTitle(_ *Thread, k *textKind, _ Value, s string, args []Value, kwargs []Kwarg) (Value, error) {
	if err := noArgs("istitle", args, kwargs); err != nil {
		return Value{}, err
	}
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, size := k.decode(s[i:])
		i += size
		if k == bytesKind && r >= utf8.RuneSelf {
			prevCased = false
			continue
		}
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case unicode.IsLower(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

func addStrOnlyMethods(t *Type) {
	pred := func(name string, p func(rune) bool) {
		t.AddMethod(name, func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			return textAll(name, strKind, self.obj.(*Str).s, args, kwargs, p)
		})
	}
	pred("isdecimal", func(r rune) bool { return unicode.Is(unicode.Nd, r) })
	pred("isnumeric", isNumericRune)
	t.AddMethod("isidentifier", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return Bool(isIdentifier(self.obj.(*Str).s)), noArgs("isidentifier", args, kwargs)
	})
	t.AddMethod("isprintable", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		for _, r := range self.obj.(*Str).s {
			if !isPrintable(r) {
				return False, nil
			}
		}
		return True, noArgs("isprintable", args, kwargs)
	})
	t.AddMethod("isascii", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return Bool(self.obj.(*Str).isASCII()), noArgs("isascii", args, kwargs)
	})
	t.AddMethod("casefold", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return NewStr(caseMap(self.obj.(*Str).s, asciiLower, func(b *strings.Builder, r rune, _ bool) bool {
			if r == 'ß' {
				b.WriteString("ss")
				return false
			}
			return toLowerFull(b, r, false)
		})), noArgs("casefold", args, kwargs)
	})
	t.AddMethod("encode", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		encoding, errors := NewStr("utf-8"), NewStr("strict")
		if err := UnpackArgs("encode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
			return Value{}, err
		}
		enc, err := strArg("encode", "encoding", encoding)
		if err != nil {
			return Value{}, err
		}
		errs, err := strArg("encode", "errors", errors)
		if err != nil {
			return Value{}, err
		}
		return encodeStr(self.obj.(*Str), enc, errs)
	})
	t.AddMethod("format", strFormatMethod)
	t.AddMethod("format_map", strFormatMapMethod)
	t.AddMethod("__format__", formatMethod)
}
