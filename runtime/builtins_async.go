package runtime

// The built-ins aiter() and anext() of asynchronous iteration.

func init() {
	builtinFunctions = append(builtinFunctions,
		struct {
			name string
			fn   BuiltinFunc
		}{"aiter", builtinAIter},
		struct {
			name string
			fn   BuiltinFunc
		}{"anext", builtinANext})
}

// callTypeMethod calls the method name found on v's type with v as self;
// ok is false when the type has no such method.
func callTypeMethod(t *Thread, v Value, name string) (Value, bool, error) {
	attr, found := v.Type().Lookup(name)
	if !found {
		return Value{}, false, nil
	}
	m, err := Bind(t, attr, v, v.Type())
	if err != nil {
		return Value{}, true, err
	}
	r, err := Call(t, m, nil, nil)
	return r, true, err
}

// builtinAIter is aiter(async_iterable): its __aiter__(), which must be
// an asynchronous iterator.
func builtinAIter(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("aiter", args, kwargs, 1, 1); err != nil {
		return Value{}, err
	}
	it, found, err := callTypeMethod(t, args[0], "__aiter__")
	switch {
	case !found:
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterable", TypeName(args[0]))
	case err != nil:
		return Value{}, err
	}
	if _, ok := it.Type().Lookup("__anext__"); !ok {
		return Value{}, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", TypeName(it))
	}
	return it, nil
}

// builtinANext is anext(async_iterator[, default]): the awaitable of its
// __anext__(); with a default, an awaitable that gives the default when
// the iterator is exhausted.
func builtinANext(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("anext", args, kwargs, 1, 2); err != nil {
		return Value{}, err
	}
	if _, ok := args[0].Type().Lookup("__anext__"); !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterator", TypeName(args[0]))
	}
	aw, _, err := callTypeMethod(t, args[0], "__anext__")
	if err != nil || len(args) == 1 {
		return aw, err
	}
	it, found, err := callTypeMethod(t, aw, "__await__")
	switch {
	case !found:
		return Value{}, Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", TypeName(aw))
	case err != nil:
		return Value{}, err
	}
	return Obj(&anextAwaitable{it: it, dflt: args[1]}), nil
}

// anextAwaitable is what anext(it, default) returns: it runs the
// __anext__ awaitable and turns StopAsyncIteration into the default.
type anextAwaitable struct {
	it   Value // the iterator of the __anext__ awaitable
	dflt Value
}

// AnextAwaitableType is the type of anext(it, default)'s awaitable.
var AnextAwaitableType = NewBuiltinType("anext_awaitable", ObjectType)

// Type implements Object.
func (a *anextAwaitable) Type() *Type { return AnextAwaitableType }

func init() {
	at := AnextAwaitableType
	at.Hash = func(t *Thread, v Value) (int64, error) { return IdentityHash(v), nil }
	at.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	at.Next = func(t *Thread, v Value) (Value, bool, error) {
		a := v.obj.(*anextAwaitable)
		r, err := NextOrStop(t, a.it)
		if err != nil {
			return Value{}, false, a.exhausted(err)
		}
		return r, true, nil
	}
	at.AddMethod("__await__", func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		return self, checkPositional("__await__", args, kwargs, 0, 0)
	})
	for _, name := range []string{"send", "throw", "close"} {
		name := name
		at.AddMethod(name, func(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
			a := self.obj.(*anextAwaitable)
			m, err := GetAttr(t, a.it, name)
			if err != nil {
				return Value{}, err
			}
			r, err := Call(t, m, args, kwargs)
			if err != nil && name != "close" {
				return Value{}, a.exhausted(err)
			}
			return r, err
		})
	}
}

// exhausted turns the StopAsyncIteration that ends the iterator into
// StopIteration(default), the awaitable's result.
func (a *anextAwaitable) exhausted(err error) error {
	if exc := AsException(err); exc != nil && exc.Matches(StopAsyncIterationType) {
		return NewException(StopIterationType, a.dflt)
	}
	return err
}
