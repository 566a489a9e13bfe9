package runtime

// mappingproxy: the read-only view of a class's namespace that C.__dict__
// and vars(C) return, as in CPython (writing through it is a TypeError;
// attributes are set with setattr, which keeps the attribute caches right).

// MappingProxy is a read-only view of a dict.
type MappingProxy struct{ d *Dict }

// MappingProxyType is the type of C.__dict__.
var MappingProxyType = NewBuiltinType("mappingproxy", ObjectType)

// Type implements Object.
func (m *MappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy returns a read-only view of d.
func NewMappingProxy(d *Dict) Value { return Obj(&MappingProxy{d: d}) }

func proxied(v Value) Value { return Obj(v.obj.(*MappingProxy).d) }

func init() {
	t := MappingProxyType
	t.Repr = func(th *Thread, v Value) (string, error) {
		s, err := dictRepr(th, proxied(v))
		return "mappingproxy(" + s + ")", err
	}
	t.Len = func(_ *Thread, v Value) (int, error) { return v.obj.(*MappingProxy).d.Len(), nil }
	t.Iter = func(th *Thread, v Value) (Value, error) { return DictType.Iter(th, proxied(v)) }
	t.Contains = func(th *Thread, v, x Value) (bool, error) { return DictType.Contains(th, proxied(v), x) }
	t.GetItem = func(th *Thread, v, k Value) (Value, error) { return DictType.GetItem(th, proxied(v), k) }
	t.Compare = func(th *Thread, a, b Value, op CompareOp) (Value, error) {
		// As CPython: the dict compared with the other operand as is.
		return RichCompare(th, proxied(a), b, op)
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		t.AddMethod(name, func(th *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			m, _ := DictType.Dict.GetStr(name)
			return Call(th, m, append([]Value{proxied(self)}, args...), kwargs)
		})
	}
}
