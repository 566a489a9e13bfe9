package vm

import (
	"strings"

	"minipy/runtime"
)

// Helpers of the eval loop for the instructions that build or take apart
// containers and strings.

func buildSet(t *runtime.Thread, items []runtime.Value) (runtime.Value, error) {
	s := runtime.NewSet()
	for _, v := range items {
		if err := s.Add(t, v); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.Obj(s), nil
}

// buildMap builds a dict from alternating keys and values.
func buildMap(t *runtime.Thread, kv []runtime.Value) (runtime.Value, error) {
	d := runtime.NewDictSized(len(kv) / 2)
	for i := 0; i < len(kv); i += 2 {
		if err := d.Set(t, kv[i], kv[i+1]); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.Obj(d), nil
}

// listExtend is LIST_EXTEND ([*a] and f(x, *a)).
func listExtend(t *runtime.Thread, l *runtime.List, iterable runtime.Value) error {
	if iterable.Type().Iter == nil {
		return runtime.Errorf(runtime.TypeErrorType, "Value after * must be an iterable, not %s", iterable.Type().Name)
	}
	return l.Extend(t, iterable)
}

// setUpdate is SET_UPDATE ({*a}): set.update's algorithm, which merges a
// set's table rather than adding its items one by one (CPython's
// _PySet_Update), so that the result iterates in CPython's order.
func setUpdate(t *runtime.Thread, s *runtime.Set, iterable runtime.Value) error {
	return s.Update(t, iterable)
}

// sequenceItems returns the items of a tuple or list without iterating.
func sequenceItems(v runtime.Value) ([]runtime.Value, bool) {
	switch o := v.Object().(type) {
	case *runtime.Tuple:
		return o.Items(), true
	case *runtime.List:
		return o.Items(), true
	}
	return nil, false
}

// unpackSequence is UNPACK_SEQUENCE: it writes the n items of seq into
// out in reverse, so that the first item ends on top of the stack.
func unpackSequence(t *runtime.Thread, seq runtime.Value, n int, out []runtime.Value) error {
	items, ok := sequenceItems(seq)
	if !ok {
		var err error
		if items, err = collect(t, seq, n+1); err != nil {
			return err
		}
	}
	if len(items) < n {
		return runtime.Errorf(runtime.ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return runtime.Errorf(runtime.ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	for i, v := range items {
		out[n-1-i] = v
	}
	return nil
}

// unpackEx is UNPACK_EX for `a, *b, c = seq`: before items, a list of the
// middle, after items, all written reversed into out.
func unpackEx(t *runtime.Thread, seq runtime.Value, before, after int, out []runtime.Value) error {
	items, ok := sequenceItems(seq)
	if !ok {
		var err error
		if items, err = collect(t, seq, -1); err != nil {
			return err
		}
	}
	if len(items) < before+after {
		return runtime.Errorf(runtime.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)",
			before+after, len(items))
	}
	top := len(out) - 1
	for i := 0; i < before; i++ {
		out[top-i] = items[i]
	}
	middle := append([]runtime.Value(nil), items[before:len(items)-after]...)
	out[top-before] = runtime.Obj(runtime.NewList(middle))
	for i := 0; i < after; i++ {
		out[after-1-i] = items[len(items)-after+i]
	}
	return nil
}

// collect iterates seq for unpacking, stopping after limit items (-1: all).
func collect(t *runtime.Thread, seq runtime.Value, limit int) ([]runtime.Value, error) {
	if seq.Type().Iter == nil {
		return nil, runtime.Errorf(runtime.TypeErrorType, "cannot unpack non-iterable %s object", seq.Type().Name)
	}
	it, err := runtime.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	var items []runtime.Value
	for limit < 0 || len(items) < limit {
		v, ok, err := runtime.Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		items = append(items, v)
	}
	return items, nil
}

// formatValue is FORMAT_VALUE: the conversion (!s, !r, !a) then format().
func formatValue(t *runtime.Thread, v runtime.Value, conv int, spec string) (runtime.Value, error) {
	var s string
	var err error
	switch conv {
	case formatConvStr:
		s, err = runtime.StrOf(t, v)
	case formatConvRepr:
		s, err = runtime.Repr(t, v)
	case formatConvASCII:
		s, err = runtime.ASCIIRepr(t, v)
	default:
		if _, isStr := runtime.AsStr(v); isStr && spec == "" {
			return v, nil
		}
		s, err = runtime.Format(t, v, spec)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewStr(s), nil
	}
	if err != nil {
		return runtime.Value{}, err
	}
	if spec != "" {
		if s, err = runtime.Format(t, runtime.NewStr(s), spec); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.NewStr(s), nil
}

// joinStrings is BUILD_STRING: the pieces of an f-string are all str.
func joinStrings(parts []runtime.Value) runtime.Value {
	var b strings.Builder
	for _, p := range parts {
		s, _ := runtime.AsStr(p)
		b.WriteString(s)
	}
	return runtime.NewStr(b.String())
}

// cellsOf unpacks MAKE_FUNCTION's tuple of closure cells.
func cellsOf(tuple runtime.Value) []*Cell {
	items := tuple.Object().(*runtime.Tuple).Items()
	cells := make([]*Cell, len(items))
	for i, v := range items {
		cells[i] = v.Object().(*Cell)
	}
	return cells
}

// displayHook is PRINT_EXPR (sys.displayhook): echo repr(v) unless v is
// None, and remember it as builtins._.
func displayHook(t *runtime.Thread, v runtime.Value) error {
	if v.IsNone() {
		return nil
	}
	t.Interp.Builtins.SetStr("_", runtime.None)
	s, err := runtime.Repr(t, v)
	if err != nil {
		return err
	}
	if err := t.Interp.Stdout.WriteString(s + "\n"); err != nil {
		return err
	}
	t.Interp.Builtins.SetStr("_", v)
	return nil
}

// enterContext is BEFORE_WITH's call of mgr.__enter__().
func enterContext(t *runtime.Thread, mgr runtime.Value) (runtime.Value, error) {
	typ := mgr.Type()
	if typ.Enter == nil || typ.Exit == nil {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType,
			"'%s' object does not support the context manager protocol", typ.Name)
	}
	return typ.Enter(t, mgr)
}
