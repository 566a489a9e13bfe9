package runtime

import "math/bits"

// Methods and attributes of int (inherited by bool) and the attributes
// shared by the numeric types (real, imag, numerator, denominator).

func addIntMethods(t *Type) {
	t.AddMethod("bit_length", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("bit_length", args, kwargs); err != nil {
			return Value{}, err
		}
		if self.IsInt() || self.IsBool() {
			return Int(int64(bits.Len64(absUint64(self.AsInt())))), nil
		}
		return Int(int64(self.obj.(*BigInt).v.BitLen())), nil
	})
	t.AddMethod("bit_count", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("bit_count", args, kwargs); err != nil {
			return Value{}, err
		}
		if self.IsInt() || self.IsBool() {
			return Int(int64(bits.OnesCount64(absUint64(self.AsInt())))), nil
		}
		n := 0
		for _, w := range self.obj.(*BigInt).v.Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(int64(n)), nil
	})
	intSelf := func(name string) MethodFunc {
		return func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			if err := noArgs(name, args, kwargs); err != nil {
				return Value{}, err
			}
			return intPos(t, self)
		}
	}
	for _, name := range []string{"conjugate", "__index__", "__int__", "__trunc__", "__floor__", "__ceil__"} {
		t.AddMethod(name, intSelf(name))
	}
	t.AddMethod("as_integer_ratio", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("as_integer_ratio", args, kwargs); err != nil {
			return Value{}, err
		}
		v, _ := intPos(t, self)
		return NewTuple([]Value{v, Int(1)}), nil
	})
	t.AddMethod("__format__", formatMethod)
	addNumberAttrs(t)
}

// numAttr is a read-only attribute of a built-in numeric type (int.real):
// a descriptor computing the value from the instance.
type numAttr struct {
	name string
	get  func(v Value) Value
}

// numAttrType is the type of numAttr ("getset_descriptor" in CPython).
var numAttrType = NewBuiltinType("getset_descriptor", ObjectType)

func (a *numAttr) Type() *Type { return numAttrType }

func init() {
	numAttrType.Get = func(_ *Thread, descr, obj Value, _ *Type) (Value, error) {
		if obj.IsNull() {
			return descr, nil
		}
		return descr.obj.(*numAttr).get(obj), nil
	}
}

// addNumberAttrs adds real, imag, numerator and denominator.
func addNumberAttrs(t *Type) {
	add := func(name string, get func(v Value) Value) {
		t.Dict.SetStr(name, Obj(&numAttr{name: name, get: get}))
	}
	asInt := func(v Value) Value {
		if v.IsBool() {
			return Int(v.AsInt())
		}
		return v
	}
	add("real", asInt)
	if t == FloatType {
		add("imag", func(Value) Value { return Float(0) })
		return
	}
	add("imag", func(Value) Value { return Int(0) })
	add("numerator", asInt)
	add("denominator", func(Value) Value { return Int(1) })
}
