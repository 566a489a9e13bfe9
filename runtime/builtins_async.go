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
	// aiter is METH_O in CPython: "aiter() takes exactly one argument".
	if err := checkOneArg("aiter", args, kwargs); err != nil {
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
	return Obj(&anextAwaitable{aw: aw, dflt: args[1]}), nil
}

// anextAwaitable is what anext(it, default) returns: it runs the
// __anext__ awaitable and turns StopAsyncIteration into the default.
type anextAwaitable struct {
	aw   Value // what __anext__ returned
	it   Value // its __await__ iterator, from the first step on
	dflt Value
}

// iter is the iterator of the __anext__ awaitable. As in CPython it is
// looked up when the anext awaitable is first driven, not by anext(), so
// a bad __anext__ result raises at the await, with GET_AWAITABLE's
// messages.
func (a *anextAwaitable) iter(t *Thread) (Value, error) {
	if !a.it.IsNull() {
		return a.it, nil
	}
	it, found, err := callTypeMethod(t, a.aw, "__await__")
	switch {
	case !found:
		return Value{}, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", TypeName(a.aw))
	case err != nil:
		return Value{}, err
	case it.Type().Next == nil:
		return Value{}, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", TypeName(it))
	}
	a.it = it
	return it, nil
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
		it, err := a.iter(t)
		if err != nil {
			return Value{}, false, err
		}
		r, err := NextOrStop(t, it)
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
			it, err := a.iter(t)
			if err != nil {
				return Value{}, err
			}
			m, err := GetAttr(t, it, name)
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
