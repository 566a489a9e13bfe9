package runtime

// None, NotImplemented and Ellipsis (`...`): their reprs, hashes and
// constructors.

func init() {
	NoneType.Repr = func(t *Thread, v Value) (string, error) { return "None", nil }
	NoneType.Bool = func(t *Thread, v Value) (bool, error) { return false, nil }
	NoneType.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	NoneType.New = singletonNew("NoneType", None)
	for _, typ := range []*Type{NotImplementedType, EllipsisType} {
		typ.Final = true
		typ.Repr = func(t *Thread, v Value) (string, error) { return v.obj.(*singleton).name, nil }
		typ.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	}
	addSlotMethods(NoneType)
	NotImplementedType.New = singletonNew("NotImplementedType", NotImplemented)
	EllipsisType.New = singletonNew("ellipsis", Ellipsis)
}

// singletonNew is calling type(None)() and the like: the singleton itself.
func singletonNew(name string, v Value) func(*Thread, *Type, []Value, []Kwarg) (Value, error) {
	return func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s takes no arguments", name)
		}
		return v, nil
	}
}
