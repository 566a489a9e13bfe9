package runtime

import (
	"strconv"
	"unsafe"
)

// Identity of values: id(), the default hash and the "at 0x..." of default
// reprs. Go's garbage collector does not move heap objects, so an object's
// address is stable for its lifetime, as in CPython.

// objectAddr returns the address of the heap object behind o.
func objectAddr(o Object) uintptr {
	// An interface value is a (type, data) pair of words; for the pointer
	// types that implement Object the data word is the object's address.
	type iface struct{ tab, data unsafe.Pointer }
	return uintptr((*iface)(unsafe.Pointer(&o)).data)
}

// ObjectID is id(v). Heap objects answer their address; inline values
// (which are never at an address) answer an odd number derived from their
// kind and payload, so `a is b` implies id(a) == id(b) and an inline id
// never equals an object's (8-aligned) address.
func ObjectID(v Value) int64 {
	if o := v.Object(); o != nil {
		return int64(objectAddr(o))
	}
	var kind uint64
	switch v.obj {
	case kindInt:
		kind = 1
	case kindFloat:
		kind = 2
	case kindBool:
		kind = 3
	}
	x := v.bits*0x9E3779B97F4A7C15 ^ kind<<59
	return int64((x<<1 | 1) & (1<<63 - 1))
}

// IdentityHash is object.__hash__: a hash derived from the object's identity.
func IdentityHash(v Value) int64 {
	id := ObjectID(v)
	// CPython rotates the address right by 4 bits (the alignment bits are
	// always zero); -1 is reserved.
	h := int64(uint64(id)>>4 | uint64(id)<<60)
	if h == -1 {
		h = -2
	}
	return h
}

// addrString formats v's identity as CPython's reprs print it: "0x7f...".
func addrString(v Value) string {
	return "0x" + strconv.FormatUint(uint64(ObjectID(v)), 16)
}

// DefaultRepr is object.__repr__: "<__main__.A object at 0x...>", with the
// module omitted for built-in types ("<list_iterator object at 0x...>").
func DefaultRepr(v Value) string {
	typ := v.Type()
	name := typ.Name
	if typ.Module != "" && typ.Module != "builtins" {
		name = typ.Module + "." + qualName(typ)
	}
	return "<" + name + " object at " + addrString(v) + ">"
}

// qualName is a type's __qualname__ (its name unless the class statement
// said otherwise, as for classes nested in functions or classes).
func qualName(typ *Type) string {
	if info := classInfoOf(typ); info != nil && info.qualname != "" {
		return info.qualname
	}
	return typ.Name
}

// QualName is a type's __qualname__.
func QualName(typ *Type) string { return qualName(typ) }
