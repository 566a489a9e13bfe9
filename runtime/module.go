package runtime

// Module objects (the Module struct is in thread.go): repr and attribute
// access through the module's namespace.

func init() {
	mt := ModuleType
	mt.Repr = func(t *Thread, v Value) (string, error) {
		m := v.obj.(*Module)
		if _, builtin := moduleInits[m.Name]; builtin || m.Name == "builtins" {
			return "<module '" + m.Name + "' (built-in)>", nil
		}
		if f, ok := m.Dict.GetStr("__file__"); ok {
			if s, ok := AsStr(f); ok {
				return "<module '" + m.Name + "' from '" + s + "'>", nil
			}
		}
		return "<module '" + m.Name + "'>", nil
	}
	mt.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	mt.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		m := v.obj.(*Module)
		if x, ok := m.Dict.GetStr(name); ok {
			return x, nil
		}
		if name == "__dict__" {
			return Obj(m.Dict), nil
		}
		if attr, ok := ModuleType.Lookup(name); ok {
			return Bind(t, attr, v, ModuleType)
		}
		return Value{}, NoAttribute(v, name)
	}
	mt.SetAttr = func(t *Thread, v Value, name string, val Value) error {
		v.obj.(*Module).Dict.SetStr(name, val)
		return nil
	}
	mt.DelAttr = func(t *Thread, v Value, name string) error {
		if !v.obj.(*Module).Dict.DelStr(name) {
			return NoAttribute(v, name)
		}
		return nil
	}
}
