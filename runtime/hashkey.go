package runtime

import (
	"hash/maphash"
	"math"
)

// Hashing and equality of container keys: the pieces shared by dict and set.

// strSeed seeds the str hash. Like CPython's randomised str hash it differs
// between runs, which is fine: dicts iterate in insertion order and the
// order of sets of strings is not part of the language (LANGUAGE.md).
var strSeed = maphash.MakeSeed()

// HashString is hash(s) for a str. dict and set hash str keys with it
// directly (no Str object needed for GetStr/SetStr), so str's Hash slot must
// return the same value for the two to agree.
func HashString(s string) int64 {
	h := int64(maphash.String(strSeed, s))
	if h == -1 {
		h = -2 // -1 is reserved (CPython's error value; the set's dummy marker)
	}
	return h
}

// keyHash is hash(key) with the fast paths containers want: str and inline
// ints never leave this function.
func keyHash(t *Thread, key Value) (int64, error) {
	if key.IsInt() {
		return hashInt64(key.AsInt()), nil
	}
	if s, ok := key.obj.(*Str); ok && s.ext == nil {
		return s.hashValue(), nil // a subclass may define __hash__
	}
	return Hash(t, key)
}

// simpleEqual compares two keys when that cannot run user code: both are
// None, bool, inline int, float or str. decided is false when Equal must be
// called (and the caller must not hold a lock while it runs).
func simpleEqual(a, b Value) (eq, decided bool) {
	if !isSimpleKey(a) || !isSimpleKey(b) {
		return false, false
	}
	if Is(a, b) {
		return true, true
	}
	switch {
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() == b.AsFloat(), true
	case a.IsFloat() && (b.IsInt() || b.IsBool()):
		return intFloatEqual(b.AsInt(), a.AsFloat()), true
	case b.IsFloat() && (a.IsInt() || a.IsBool()):
		return intFloatEqual(a.AsInt(), b.AsFloat()), true
	case (a.IsInt() || a.IsBool()) && (b.IsInt() || b.IsBool()):
		return a.bits == b.bits, true
	}
	sa, okA := a.obj.(*Str)
	sb, okB := b.obj.(*Str)
	if okA && okB {
		return sa.s == sb.s, true
	}
	return false, true // different simple kinds (or None against anything else)
}

func isSimpleKey(v Value) bool {
	switch v.obj {
	case kindInt, kindFloat, kindBool, kindNone:
		return true
	}
	s, ok := v.obj.(*Str)
	return ok && s.ext == nil // a str subclass may define __eq__
}

// intFloatEqual is i == f exactly (no rounding of i to a float).
func intFloatEqual(i int64, f float64) bool {
	if f != math.Trunc(f) || f < -9223372036854775808.0 || f >= 9223372036854775808.0 {
		return false // fractional, nan, inf or out of int64's range
	}
	return int64(f) == i
}
