package vm

import (
	"minipy/runtime"
)

// Coroutines: calling an `async def` function makes a coroutine, a
// Generator whose type is CoroutineType. `await x` compiles to GET_AWAITABLE
// and the `yield from` loop (SEND / YIELD_VALUE), so a chain of awaiting
// coroutines is a chain of delegating frames, and whatever the innermost
// one yields (an asyncio Future) surfaces from the outermost coroutine's
// send(). An event loop drives a coroutine with send(None) and throw(exc)
// and learns its result from StopIteration, as CPython's asyncio does.
//
// A coroutine is not iterable; its __await__() returns a
// coroutine_wrapper, an iterator over the same generator.

// CoroutineType is the type of coroutine objects.
var CoroutineType = runtime.NewBuiltinType("coroutine", runtime.ObjectType)

// CoroutineWrapperType is the type of coro.__await__().
var CoroutineWrapperType = runtime.NewBuiltinType("coroutine_wrapper", runtime.ObjectType)

// coroutineWrapper is the iterator that coro.__await__() returns.
type coroutineWrapper struct{ coro *Generator }

// Type implements runtime.Object.
func (w *coroutineWrapper) Type() *runtime.Type { return CoroutineWrapperType }

func init() {
	c := CoroutineType
	c.Repr = generatorRepr
	c.Hash = func(t *runtime.Thread, v runtime.Value) (int64, error) { return runtime.IdentityHash(v), nil }
	addGeneratorMethods(c, func(v runtime.Value) *Generator { return v.Object().(*Generator) })
	c.AddMethod("__await__", func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwargs []runtime.Kwarg) (runtime.Value, error) {
		if err := runtime.UnpackArgs("__await__", args, kwargs); err != nil {
			return runtime.Value{}, err
		}
		return runtime.Obj(&coroutineWrapper{coro: self.Object().(*Generator)}), nil
	})
	c.GetAttr = func(t *runtime.Thread, v runtime.Value, name string) (runtime.Value, error) {
		co := v.Object().(*Generator)
		switch name {
		case "__name__":
			return runtime.NewStr(co.name), nil
		case "__qualname__":
			return runtime.NewStr(co.qual), nil
		case "cr_running":
			return co.running(), nil
		case "cr_code":
			return runtime.Obj(co.code), nil
		case "cr_frame":
			return co.frameObject(), nil
		case "cr_await":
			return co.awaiting(), nil
		}
		return runtime.GenericGetAttr(t, v, name)
	}

	w := CoroutineWrapperType
	w.Iter = func(t *runtime.Thread, v runtime.Value) (runtime.Value, error) { return v, nil }
	w.Next = func(t *runtime.Thread, v runtime.Value) (runtime.Value, bool, error) {
		return GeneratorType.Next(t, runtime.Obj(v.Object().(*coroutineWrapper).coro))
	}
	w.Hash = c.Hash
	addGeneratorMethods(w, func(v runtime.Value) *Generator { return v.Object().(*coroutineWrapper).coro })
}

// isCoroutine reports whether v is a coroutine object.
func isCoroutine(v runtime.Value) bool {
	g, ok := v.Object().(*Generator)
	return ok && g.coro
}

// getAwaitable is GET_AWAITABLE: the iterator `await v` delegates to, the
// coroutine itself or what v.__await__() returns. where tells which
// construct awaits, for CPython's messages.
func getAwaitable(t *runtime.Thread, v runtime.Value, where int) (runtime.Value, error) {
	if isCoroutine(v) {
		// A coroutine suspended in an await of its own is being awaited
		// by someone else (another task): driving it from here too would
		// resume it inside that await.
		if !v.Object().(*Generator).awaiting().IsNone() {
			return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "coroutine is being awaited already")
		}
		return v, nil
	}
	attr, ok := v.Type().Lookup("__await__")
	if !ok {
		tn := v.Type().Name
		switch where {
		case awaitAfterEnter:
			return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
				"'async with' received an object from __aenter__ that does not implement __await__: %s", tn)
		case awaitAfterExit:
			return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
				"'async with' received an object from __aexit__ that does not implement __await__: %s", tn)
		}
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "object %s can't be used in 'await' expression", tn)
	}
	it, err := callAsMethod(t, attr, v)
	if err != nil {
		return runtime.Value{}, err
	}
	if isCoroutine(it) {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// callAsMethod calls attr, found on obj's type, as a method of obj.
func callAsMethod(t *runtime.Thread, attr, obj runtime.Value, args ...runtime.Value) (runtime.Value, error) {
	if fn, ok := attr.Object().(*Function); ok {
		full := make([]runtime.Value, 0, len(args)+1)
		full = append(full, obj)
		return callFromGo(t, fn, append(full, args...), nil)
	}
	m, err := runtime.Bind(t, attr, obj, obj.Type())
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(t, m, args, nil)
}

// asyncEnter is BEFORE_ASYNC_WITH: mgr.__aenter__(), once mgr is known to
// have __aexit__ too.
func asyncEnter(t *runtime.Thread, mgr runtime.Value) (runtime.Value, error) {
	typ := mgr.Type()
	enter, ok := typ.Lookup("__aenter__")
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	if _, ok := typ.Lookup("__aexit__"); !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	return callAsMethod(t, enter, mgr)
}

// asyncExit is ASYNC_WITH_EXIT and ASYNC_WITH_EXCEPT_START:
// mgr.__aexit__(type, exc, tb), whose result is awaited next.
func asyncExit(t *runtime.Thread, mgr, excType, exc, tb runtime.Value) (runtime.Value, error) {
	exit, ok := mgr.Type().Lookup("__aexit__")
	if !ok {
		return runtime.Value{}, runtime.NoAttribute(mgr, "__aexit__")
	}
	return callAsMethod(t, exit, mgr, excType, exc, tb)
}

// getAIter is GET_AITER: obj.__aiter__(), which must have __anext__.
func getAIter(t *runtime.Thread, obj runtime.Value) (runtime.Value, error) {
	attr, ok := obj.Type().Lookup("__aiter__")
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'async for' requires an object with __aiter__ method, got %s", obj.Type().Name)
	}
	it, err := callAsMethod(t, attr, obj)
	if err != nil {
		return runtime.Value{}, err
	}
	if _, ok := it.Type().Lookup("__anext__"); !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of aiter.__anext__().
func getANext(t *runtime.Thread, aiter runtime.Value) (runtime.Value, error) {
	attr, ok := aiter.Type().Lookup("__anext__")
	if !ok {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'async for' requires an iterator with __anext__ method, got %s", aiter.Type().Name)
	}
	next, err := callAsMethod(t, attr, aiter)
	if err != nil {
		return runtime.Value{}, err
	}
	if isCoroutine(next) {
		return next, nil
	}
	aw, err := getAwaitable(t, next, awaitExpr)
	if cause, ok := err.(*runtime.Exception); ok {
		// CPython reports any failure to get the awaitable (no __await__,
		// a bad __await__ result, an error raised by __await__) with
		// _PyErr_FormatFromCause: this TypeError, whose __cause__ and
		// __context__ are the original error.
		re := runtime.Errorf(runtime.TypeErrorType,
			"'async for' received an invalid object from __anext__: %s", next.Type().Name)
		re.Cause, re.Context, re.SuppressContext = cause, cause, true
		return runtime.Value{}, re
	}
	return aw, err
}
