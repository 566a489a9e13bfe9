package runtime

// The generic slot functions of user classes (CPython's slot_tp_* and
// slot_nb_* functions): each looks its dunder up on the value's type and
// calls it, then checks the result the way CPython does.

// lookupSpecial finds name on v's type; ok is false when it is missing.
func lookupSpecial(v Value, name string) (Value, bool) {
	return v.Type().Lookup(name)
}

func slotRepr(t *Thread, v Value) (string, error) {
	return stringResult(t, v, "__repr__")
}

func slotStr(t *Thread, v Value) (string, error) {
	return stringResult(t, v, "__str__")
}

// stringResult calls __repr__ or __str__, which must return a str.
func stringResult(t *Thread, v Value, name string) (string, error) {
	r, err := callSpecial(t, v, name)
	if err != nil {
		return "", err
	}
	s, ok := AsStr(r)
	if !ok {
		if so, isStr := r.obj.(*Str); isStr {
			return so.s, nil // a str subclass
		}
		return "", Errorf(TypeErrorType, "%s returned non-string (type %s)", name, TypeName(r))
	}
	return s, nil
}

func slotHash(t *Thread, v Value) (int64, error) {
	r, err := callSpecial(t, v, "__hash__")
	if err != nil {
		return 0, err
	}
	switch {
	case r.IsInt() || r.IsBool():
		// CPython uses the returned int itself when it fits a machine
		// word; only -1 is reserved.
		if h := r.AsInt(); h != -1 {
			return h, nil
		}
		return -2, nil
	case IsIntegral(r):
		return Hash(t, r)
	}
	return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
}

var compareDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

func slotCompare(t *Thread, a, b Value, op CompareOp) (Value, error) {
	attr, ok := lookupSpecial(a, compareDunders[op])
	if !ok || attr.IsNone() {
		return NotImplemented, nil
	}
	if m, isMethod := attr.obj.(*Method); isMethod && op == NE && m.Owner == ObjectType {
		// object.__ne__ inverts the type's own __eq__ unless that
		// returns NotImplemented.
		eq := a.Type().Compare
		if eq == nil {
			return NotImplemented, nil
		}
		r, err := eq(t, a, b, EQ)
		if err != nil || Is(r, NotImplemented) {
			return r, err
		}
		truth, err := Truth(t, r)
		return Bool(!truth), err
	}
	return callMethod(t, attr, a, []Value{b}, nil)
}

func slotBool(t *Thread, v Value) (bool, error) {
	r, err := callSpecial(t, v, "__bool__")
	if err != nil {
		return false, err
	}
	if !r.IsBool() {
		return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
	}
	return r.AsBool(), nil
}

func slotLen(t *Thread, v Value) (int, error) {
	r, err := callSpecial(t, v, "__len__")
	if err != nil {
		return 0, err
	}
	n, err := AsIndex(t, r)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(OverflowErrorType) {
			return 0, Errorf(OverflowErrorType, "cannot fit '%s' into an index-sized integer", TypeName(r))
		}
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

func slotGetItem(t *Thread, v, key Value) (Value, error) {
	return callSpecial(t, v, "__getitem__", key)
}

func slotSetItem(t *Thread, v, key, val Value) error {
	_, err := callSpecial(t, v, "__setitem__", key, val)
	return err
}

func slotDelItem(t *Thread, v, key Value) error {
	_, err := callSpecial(t, v, "__delitem__", key)
	return err
}

// dictSubclassGetItem is d[key] for a dict subclass with __missing__:
// a missing key calls d.__missing__(key).
func dictSubclassGetItem(t *Thread, v, key Value) (Value, error) {
	val, ok, err := v.obj.(*Dict).Get(t, key)
	if err != nil || ok {
		return val, err
	}
	return callSpecial(t, v, "__missing__", key)
}

func slotContains(t *Thread, v, x Value) (bool, error) {
	r, err := callSpecial(t, v, "__contains__", x)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func slotIter(t *Thread, v Value) (Value, error) {
	r, err := callSpecial(t, v, "__iter__")
	if err != nil {
		return Value{}, err
	}
	if r.Type().Next == nil {
		return Value{}, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

// slotNext calls __next__; StopIteration from it ends the iteration.
func slotNext(t *Thread, v Value) (Value, bool, error) {
	r, err := callSpecial(t, v, "__next__")
	if err != nil {
		// A StopIteration ends the iteration; it is returned (with ok false)
		// so that next() and yield from see its value (runtime.NextOrStop),
		// while runtime.Next treats it as plain exhaustion.
		return Value{}, false, err
	}
	return r, true, nil
}

func slotCall(t *Thread, v Value, args []Value, kwargs []Kwarg) (Value, error) {
	attr, ok := lookupSpecial(v, "__call__")
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(v))
	}
	return callMethod(t, attr, v, args, kwargs)
}

func slotEnter(t *Thread, v Value) (Value, error) {
	return callSpecial(t, v, "__enter__")
}

func slotExit(t *Thread, v Value, excType, exc, tb Value) (Value, error) {
	return callSpecial(t, v, "__exit__", excType, exc, tb)
}

// slotDescrGet is __get__(self, instance or None, owner).
func slotDescrGet(t *Thread, descr, obj Value, owner *Type) (Value, error) {
	instance := obj
	if instance.IsNull() {
		instance = None
	}
	ownerVal := None
	if owner != nil {
		ownerVal = Obj(owner)
	}
	return callSpecial(t, descr, "__get__", instance, ownerVal)
}

// slotDescrSet is __set__(self, instance, value), or __delete__(self,
// instance) when val is null.
func slotDescrSet(t *Thread, descr, obj, val Value) error {
	var err error
	if val.IsNull() {
		_, err = callSpecial(t, descr, "__delete__", obj)
	} else {
		_, err = callSpecial(t, descr, "__set__", obj, val)
	}
	return err
}

// slotBinary calls a.__op__(b), or b.__rop__(a) for the reflected case.
// A missing method answers NotImplemented, so Binary tries the other
// operand and finally raises "unsupported operand type(s)".
func slotBinary(op BinaryOp) func(t *Thread, a, b Value, reflected bool) (Value, error) {
	name := op.Dunder()
	rname := "__r" + name[2:]
	return func(t *Thread, a, b Value, reflected bool) (Value, error) {
		self, other, method := a, b, name
		if reflected {
			self, other, method = b, a, rname
		}
		attr, ok := lookupSpecial(self, method)
		if !ok {
			return NotImplemented, nil
		}
		return callMethod(t, attr, self, []Value{other}, nil)
	}
}

// reflectedOverloaded reports whether the right operand's class, a
// subclass of the left's, overrides the reflected method of op (CPython's
// method_is_overloaded): only then does b.__radd__ go before a.__add__.
// Built-in types keep their own slots' rules.
func reflectedOverloaded(left, right *Type, op BinaryOp) bool {
	if !IsUserClass(right) {
		return true
	}
	name := "__r" + op.Dunder()[2:]
	b, bOwner := lookupWithOwner(right, name)
	if bOwner == nil {
		return false
	}
	a, aOwner := lookupWithOwner(left, name)
	return aOwner == nil || !Is(a, b)
}

// slotInPlace calls a.__iop__(b); NotImplemented falls back to Binary.
func slotInPlace(op BinaryOp) func(t *Thread, a, b Value) (Value, error) {
	name := "__i" + op.Dunder()[2:]
	return func(t *Thread, a, b Value) (Value, error) {
		attr, ok := lookupSpecial(a, name)
		if !ok {
			return NotImplemented, nil
		}
		return callMethod(t, attr, a, []Value{b}, nil)
	}
}

func slotUnary(name string) func(t *Thread, v Value) (Value, error) {
	return func(t *Thread, v Value) (Value, error) { return callSpecial(t, v, name) }
}

// ctorPlan is what calling a user class runs, looked up once per
// generation of the class's attribute cache.
type ctorPlan struct {
	// newFn is the __new__ a user class along the MRO defines, null when
	// the built-in base allocates the object.
	newFn Value
	// initFn is the __init__ to call, null when it is object's (which
	// only checks the arguments, and the __new__ that ran has already
	// accepted them: object.__new__ rejects them).
	initFn Value
}

// resolveCtor looks up cls's __new__ and __init__ along its MRO.
func resolveCtor(cls *Type) *ctorPlan {
	p := &ctorPlan{}
	if newFn, owner := lookupWithOwner(cls, "__new__"); owner != nil && IsUserClass(owner) {
		p.newFn = newFn
	}
	if initFn, owner := lookupWithOwner(cls, "__init__"); owner != nil && owner != ObjectType {
		p.initFn = initFn
	}
	return p
}

// slotNew is calling a user class: __new__ makes the object and, when it
// is an instance of the class, __init__ initialises it.
func slotNew(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error) {
	info := classInfoOf(cls)
	plan := info.attrs.ctorPlan(cls)
	obj, err := newObject(t, cls, info, plan, args, kwargs)
	if err == nil && !plan.newFn.IsNull() {
		// A user __new__ ran arbitrary code, which may have changed the
		// class's __init__ (CPython reads tp_init after tp_new).
		plan = info.attrs.ctorPlan(cls)
	}
	if err != nil || plan.initFn.IsNull() || !cls.IsSubtype(obj.Type()) {
		return obj, err
	}
	r, err := callMethod(t, plan.initFn, obj, args, kwargs)
	if err != nil {
		return Value{}, err
	}
	if !r.IsNone() {
		return Value{}, Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// newObject runs the __new__ step: the class's own __new__ if a user class
// defines one, else the built-in base's allocation.
func newObject(t *Thread, cls *Type, info *classInfo, plan *ctorPlan, args []Value, kwargs []Kwarg) (Value, error) {
	if !plan.newFn.IsNull() {
		fn, err := Bind(t, plan.newFn, Value{}, cls)
		if err != nil {
			return Value{}, err
		}
		full := make([]Value, len(args)+1)
		full[0] = Obj(cls)
		copy(full[1:], args)
		return Call(t, fn, full, kwargs)
	}
	return builtinNew(t, info.layout, cls, args, kwargs)
}

// InitCall lets the vm run a class call in its own eval loop, as it runs
// a call of a function, instead of re-entering it from Go through
// slotNew. It applies to a plain class (its instances are *Instance and no
// class defines __new__) whose __init__ has a MethodDescriptor type (the
// vm's functions), or that has no __init__ and is called without
// arguments (noArgs). It returns a new empty instance and the __init__ to
// call with self prepended to the arguments (null when there is none: self
// is the result); the caller raises "TypeError: __init__() should return
// None, not '<type>'" if init returns anything else, and answers self. ok
// is false for any other class or call (call it as usual).
func InitCall(cls *Type, noArgs bool) (self, init Value, ok bool) {
	info := classInfoOf(cls)
	if info == nil || info.layout != ObjectType {
		return Value{}, Value{}, false
	}
	plan := info.attrs.ctorPlan(cls)
	switch {
	case !plan.newFn.IsNull():
		return Value{}, Value{}, false
	case plan.initFn.IsNull():
		if !noArgs {
			return Value{}, Value{}, false // object.__new__'s "takes no arguments"
		}
	case !plan.initFn.Type().MethodDescriptor:
		return Value{}, Value{}, false
	}
	// With __init__ overridden, object.__new__ accepts any arguments
	// (builtinNew's check), so allocating cannot fail.
	return Obj(newPlainInstance(cls, info)), plan.initFn, true
}
