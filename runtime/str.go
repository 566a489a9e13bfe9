package runtime

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Str is a Python str: an immutable sequence of code points, stored as
// UTF-8. Indexing must be O(1) in code points, so the length is counted once
// when the string is made: when it equals the byte length the string is
// ASCII and byte offsets are code point offsets (the common, fast case);
// otherwise the []rune form is built on first index and kept.
type Str struct {
	s     string
	n     int                    // length in code points
	hash  atomic.Int64           // hash(s) once computed, 0 before (see hashValue)
	runes atomic.Pointer[[]rune] // lazily built for non-ASCII indexing
	ext   *subclassExt           // set for instances of a str subclass (subclass.go)
}

// Type implements Object.
func (s *Str) Type() *Type {
	if s.ext != nil {
		return s.ext.cls
	}
	return StrType
}

// String returns the Go string (UTF-8).
func (s *Str) String() string { return s.s }

// Len returns the length in code points.
func (s *Str) Len() int { return s.n }

// hashValue is HashString(s.s), computed once and kept, as CPython keeps a
// str's hash: a key looked up or inserted again is not hashed again. Two
// threads may both compute it; they store the same value.
func (s *Str) hashValue() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := HashString(s.s)
	s.hash.Store(h)
	return h
}

// isASCII reports whether every code point is below 128.
func (s *Str) isASCII() bool { return s.n == len(s.s) }

// runeSlice returns the code points, building them on first use. Two
// threads may both build it; either result is correct, so a plain atomic
// store is enough.
func (s *Str) runeSlice() []rune {
	if p := s.runes.Load(); p != nil {
		return *p
	}
	r := []rune(s.s)
	s.runes.Store(&r)
	return r
}

// asciiChars holds the one-character strings of ASCII so that indexing and
// iterating an ASCII string never allocates.
var asciiChars [128]Value

// emptyStr is the shared "".
var emptyStr Value

func init() {
	for i := range asciiChars {
		asciiChars[i] = Obj(&Str{s: string(rune(i)), n: 1})
	}
	emptyStr = Obj(&Str{})
}

// NewStr returns the Python str s (s must be UTF-8).
func NewStr(s string) Value {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		if s[0] < utf8.RuneSelf {
			return asciiChars[s[0]]
		}
	}
	return Obj(&Str{s: s, n: utf8.RuneCountInString(s)})
}

// newStrLen returns a str whose code point count is already known.
func newStrLen(s string, n int) Value {
	if n == 1 && len(s) == 1 {
		return asciiChars[s[0]]
	}
	if n == 0 {
		return emptyStr
	}
	return Obj(&Str{s: s, n: n})
}

// charStr returns the one-character str for code point r.
func charStr(r rune) Value {
	if r < utf8.RuneSelf && r >= 0 {
		return asciiChars[r]
	}
	return Obj(&Str{s: string(r), n: 1})
}

// AsStr returns the Go string of a str value; ok is false for other types.
func AsStr(v Value) (string, bool) {
	if s, ok := v.obj.(*Str); ok {
		return s.s, true
	}
	return "", false
}

// asStrObj returns the *Str of a str value, or nil.
func asStrObj(v Value) *Str {
	s, _ := v.obj.(*Str)
	return s
}

// charAt returns code point i (0 <= i < s.n).
func (s *Str) charAt(i int) Value {
	if s.isASCII() {
		return asciiChars[s.s[i]]
	}
	return charStr(s.runeSlice()[i])
}

// substr returns code points [i, j) as a Go string (0 <= i <= j <= s.n).
func (s *Str) substr(i, j int) string {
	if s.isASCII() {
		return s.s[i:j]
	}
	return string(s.runeSlice()[i:j])
}

// byteOffset converts a code point index (0..n) into a byte offset.
func (s *Str) byteOffset(i int) int {
	if s.isASCII() {
		return i
	}
	off := 0
	for k := 0; k < i; k++ {
		_, size := utf8.DecodeRuneInString(s.s[off:])
		off += size
	}
	return off
}

// cpIndex converts a byte offset into a code point index.
func (s *Str) cpIndex(off int) int {
	if s.isASCII() {
		return off
	}
	return utf8.RuneCountInString(s.s[:off])
}

func init() {
	t := StrType
	t.New = strNew
	t.Repr = func(_ *Thread, v Value) (string, error) { return StrRepr(v.obj.(*Str).s), nil }
	t.Str = func(_ *Thread, v Value) (string, error) { return v.obj.(*Str).s, nil }
	t.Hash = func(_ *Thread, v Value) (int64, error) { return v.obj.(*Str).hashValue(), nil }
	t.Compare = strCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) { return len(v.obj.(*Str).s) != 0, nil }
	t.Len = func(_ *Thread, v Value) (int, error) { return v.obj.(*Str).n, nil }
	t.Concat = strConcat
	t.Repeat = strRepeat
	t.Contains = strContains
	t.GetItem = strGetItem
	t.Iter = strIter
	t.Binary[OpMod] = strPercent
}

// strCompare compares two strs by code point, which is UTF-8 byte order.
func strCompare(_ *Thread, a, b Value, op CompareOp) (Value, error) {
	sb, ok := b.obj.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(compareResult(strings.Compare(a.obj.(*Str).s, sb.s), op)), nil
}

// compareResult turns a three-way comparison into the result of op.
func compareResult(c int, op CompareOp) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

func strConcat(_ *Thread, a, b Value) (Value, error) {
	sa := a.obj.(*Str)
	sb, ok := b.obj.(*Str)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
	}
	if sa.n == 0 {
		return b, nil
	}
	if sb.n == 0 {
		return a, nil
	}
	return concatStr(sa.s, sb.s, sa.n+sb.n), nil
}

func strRepeat(_ *Thread, a Value, n int) (Value, error) {
	sa := a.obj.(*Str)
	if n <= 0 || sa.n == 0 {
		return emptyStr, nil
	}
	if n == 1 {
		return a, nil
	}
	if len(sa.s) > maxSeqBytes/n {
		return Value{}, NewException(MemoryErrorType)
	}
	return Obj(&Str{s: strings.Repeat(sa.s, n), n: sa.n * n}), nil
}

// maxSeqBytes bounds the size of a str or bytes built by repetition, so that
// `'a' * 10**12` is a MemoryError rather than a crash of the Go runtime.
const maxSeqBytes = 1 << 34

func strContains(_ *Thread, v, x Value) (bool, error) {
	sx, ok := x.obj.(*Str)
	if !ok {
		return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", x.Type().Name)
	}
	return strings.Contains(v.obj.(*Str).s, sx.s), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s := v.obj.(*Str)
	if key.IsInt() || key.IsBool() {
		i := key.AsInt()
		if i < 0 {
			i += int64(s.n)
		}
		if i < 0 || i >= int64(s.n) {
			return Value{}, Errorf(IndexErrorType, "string index out of range")
		}
		return s.charAt(int(i)), nil
	}
	if sl, ok := key.obj.(*Slice); ok {
		start, _, step, count, err := sliceBounds(t, sl, s.n)
		if err != nil {
			return Value{}, err
		}
		return strSlice(s, start, step, count), nil
	}
	if _, ok := key.obj.(*BigInt); ok {
		return Value{}, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if i, ok, err := indexDunder(t, key); ok || err != nil {
		if err != nil {
			return Value{}, err
		}
		return strGetItem(t, v, Int(i))
	}
	return Value{}, Errorf(TypeErrorType, "string indices must be integers, not '%s'", key.Type().Name)
}

// strSlice returns count code points of s from start by step.
func strSlice(s *Str, start, step, count int) Value {
	if count <= 0 {
		return emptyStr
	}
	if step == 1 {
		if start == 0 && count == s.n {
			return Obj(s)
		}
		if s.isASCII() {
			return newStrLen(s.s[start:start+count], count)
		}
		return newStrLen(string(s.runeSlice()[start:start+count]), count)
	}
	var b strings.Builder
	if s.isASCII() {
		b.Grow(count)
		for i, k := start, 0; k < count; i, k = i+step, k+1 {
			b.WriteByte(s.s[i])
		}
		return newStrLen(b.String(), count)
	}
	rs := s.runeSlice()
	for i, k := start, 0; k < count; i, k = i+step, k+1 {
		b.WriteRune(rs[i])
	}
	return newStrLen(b.String(), count)
}

// strIterator iterates over a str's characters. The position is advanced
// atomically so that a shared iterator is safe without a lock.
type strIterator struct {
	s   *Str
	pos atomic.Int64
}

// StrIteratorType is iter("...") for non-ASCII strings; ASCII strings use
// StrASCIIIteratorType, as CPython 3.11 names them.
var (
	StrIteratorType      = NewBuiltinType("str_iterator", ObjectType)
	StrASCIIIteratorType = NewBuiltinType("str_ascii_iterator", ObjectType)
)

func (it *strIterator) Type() *Type {
	if it.s.isASCII() {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

func init() {
	for _, typ := range []*Type{StrIteratorType, StrASCIIIteratorType} {
		typ.Iter = func(_ *Thread, v Value) (Value, error) { return v, nil }
		typ.Next = strIterNext
	}
}

func strIter(_ *Thread, v Value) (Value, error) {
	return Obj(&strIterator{s: v.obj.(*Str)}), nil
}

func strIterNext(_ *Thread, v Value) (Value, bool, error) {
	it := v.obj.(*strIterator)
	i := it.pos.Add(1) - 1
	if i >= int64(it.s.n) {
		it.pos.Store(int64(it.s.n)) // keep it from wrapping on repeated calls
		return Value{}, false, nil
	}
	return it.s.charAt(int(i)), true, nil
}
