// Package runtime is minipy's object model and everything that runs beneath
// the bytecode: values and types, exceptions, built-in functions and modules,
// the threads with their stats, the GIL, the event loop and processes.
//
// runtime does not import the vm package. Where it must run user code (a sort
// key, a user-defined __eq__, a thread's target) it calls the value's type's
// Call slot; the vm package installs that slot for its function objects.
package runtime

import "math"

// Value is one Python value. It is a small struct passed by value, so that
// ints, floats, bools and None never allocate (DESIGN.md decision 2):
//
//   - for an inline value (int that fits in int64, float, bool, None) obj is
//     one of the package's kind markers and bits holds the payload;
//   - for every other value obj is the heap object and bits is unused;
//   - the zero Value (obj == nil) is "no value": an unbound local, a missing
//     result. It is never visible to Python code.
//
// Because obj is always set, TypeOf is a single interface call for every
// value, inline or not.
type Value struct {
	obj  Object
	bits uint64
}

// Object is a heap-allocated Python value. Every object knows its type.
// All implementations are pointer types, so == on Objects is identity.
type Object interface {
	Type() *Type
}

// inlineKind marks a Value whose payload is stored in its bits.
type inlineKind struct{ typ *Type }

func (k *inlineKind) Type() *Type { return k.typ }

// The kind markers. They are created in init (types.go) once the type
// objects exist; comparing obj against them is how the fast paths test kinds.
var (
	kindNone  = &inlineKind{}
	kindBool  = &inlineKind{}
	kindInt   = &inlineKind{}
	kindFloat = &inlineKind{}
)

// The singletons.
var (
	None  = Value{obj: kindNone}
	True  = Value{obj: kindBool, bits: 1}
	False = Value{obj: kindBool, bits: 0}
)

// Int returns the Python int i (no allocation).
func Int(i int64) Value { return Value{obj: kindInt, bits: uint64(i)} }

// Float returns the Python float f (no allocation).
func Float(f float64) Value { return Value{obj: kindFloat, bits: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// Obj wraps a heap object as a Value.
func Obj(o Object) Value { return Value{obj: o} }

// IsNull reports whether v is the zero Value ("no value").
func (v Value) IsNull() bool { return v.obj == nil }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.obj == kindNone }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.obj == kindBool }

// IsInt reports whether v is a small int stored inline (not a bool, not a
// big int; see IsIntegral for "any int").
func (v Value) IsInt() bool { return v.obj == kindInt }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.obj == kindFloat }

// IsObject reports whether v is a heap object (not inline, not null).
func (v Value) IsObject() bool {
	_, inline := v.obj.(*inlineKind)
	return v.obj != nil && !inline
}

// AsInt returns the payload of an inline int or bool. Only meaningful when
// IsInt or IsBool.
func (v Value) AsInt() int64 { return int64(v.bits) }

// AsFloat returns the payload of a float. Only meaningful when IsFloat.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.bits) }

// AsBool returns the payload of a bool. Only meaningful when IsBool.
func (v Value) AsBool() bool { return v.bits != 0 }

// Object returns the heap object of v, or nil for inline and null values.
func (v Value) Object() Object {
	if _, inline := v.obj.(*inlineKind); inline {
		return nil
	}
	return v.obj
}

// Type returns the type of v. It must not be called on the null Value.
func (v Value) Type() *Type { return v.obj.Type() }

// Is reports Python identity (`a is b`). Inline values are identical when
// they are the same kind with the same payload.
func Is(a, b Value) bool { return a.obj == b.obj && a.bits == b.bits }
