package runtime

import "strconv"

// The lazy iterator types behind the built-ins enumerate, zip, map, filter,
// reversed and iter(callable, sentinel). Each is a type, as in CPython, so
// type(enumerate([])) is enumerate and the names can be used with isinstance.

// The iterator types.
var (
	EnumerateType        = newIteratorType("enumerate")
	ZipType              = newIteratorType("zip")
	MapType              = newIteratorType("map")
	FilterType           = newIteratorType("filter")
	ReversedType         = newIteratorType("reversed")
	ListRevIterType      = newIteratorType("list_reverseiterator")
	CallableIterType     = newIteratorType("callable_iterator")
	SeqIterType          = newIteratorType("iterator")
	DictRevKeyIterType   = newIteratorType("dict_reversekeyiterator")
	DictRevValueIterType = newIteratorType("dict_reversevalueiterator")
	DictRevItemIterType  = newIteratorType("dict_reverseitemiterator")
)

// enumerateIter is enumerate(iterable, start). mu keeps the count right
// when threads share one; when the underlying iterator runs no Python code
// (noCode), mu is held across its step too, so each item is paired with
// its own index, as under CPython's GIL.
type enumerateIter struct {
	mu     ObjectLock
	it     Value
	count  int64
	noCode bool
}

// Type implements Object.
func (e *enumerateIter) Type() *Type { return EnumerateType }

// zipIter is zip(*iterables, strict=False). When no underlying iterator
// runs Python code (noCode), a step holds mu, so threads sharing the zip
// get whole tuples of matching items, as under CPython's GIL.
type zipIter struct {
	mu     ObjectLock
	its    []Value
	strict bool
	done   bool
	noCode bool
}

// Type implements Object.
func (z *zipIter) Type() *Type { return ZipType }

// mapIter is map(func, *iterables).
type mapIter struct {
	fn  Value
	its []Value
}

// Type implements Object.
func (m *mapIter) Type() *Type { return MapType }

// filterIter is filter(func or None, iterable).
type filterIter struct {
	fn Value
	it Value
}

// Type implements Object.
func (f *filterIter) Type() *Type { return FilterType }

// reversedIter walks a sequence backwards by index: reversed(seq) for
// sequences without a dedicated reverse iterator (typ is reversed or
// list_reverseiterator).
type reversedIter struct {
	typ *Type
	seq Value
	i   int // next index; -1 when exhausted
}

// Type implements Object.
func (r *reversedIter) Type() *Type { return r.typ }

// callableIter is iter(callable, sentinel).
type callableIter struct {
	fn, sentinel Value
	done         bool
}

// Type implements Object.
func (c *callableIter) Type() *Type { return CallableIterType }

// seqIter iterates an object that has __getitem__ but no __iter__,
// calling it with 0, 1, 2, ... until IndexError (the old protocol).
type seqIter struct {
	seq  Value
	i    int64
	done bool
}

// Type implements Object.
func (s *seqIter) Type() *Type { return SeqIterType }

// dictRevIter walks a dict's entries backwards. Its state is read and
// written under the dict's lock (dict itself never changes), so threads
// sharing one get each item once.
type dictRevIter struct {
	typ  *Type
	dict *Dict
	done bool
	pos  int // next position to look at, going down
	used int
}

// Type implements Object.
func (d *dictRevIter) Type() *Type { return d.typ }

func init() {
	EnumerateType.New = enumerateNew
	EnumerateType.Next = func(t *Thread, v Value) (Value, bool, error) {
		e := v.obj.(*enumerateIter)
		if e.noCode {
			e.mu.Lock()
			defer e.mu.Unlock()
		}
		x, ok, err := Next(t, e.it)
		if err != nil || !ok {
			return Value{}, ok, err
		}
		if !e.noCode {
			e.mu.Lock()
			defer e.mu.Unlock()
		}
		i := e.count
		e.count++
		return NewTuple([]Value{Int(i), x}), true, nil
	}
	ZipType.New = zipNew
	ZipType.Next = zipNext
	MapType.New = mapNew
	MapType.Next = func(t *Thread, v Value) (Value, bool, error) {
		m := v.obj.(*mapIter)
		args := make([]Value, len(m.its))
		for i, it := range m.its {
			x, ok, err := Next(t, it)
			if err != nil || !ok {
				return Value{}, false, err
			}
			args[i] = x
		}
		r, err := Call(t, m.fn, args, nil)
		return r, err == nil, err
	}
	FilterType.New = filterNew
	FilterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		f := v.obj.(*filterIter)
		for {
			x, ok, err := Next(t, f.it)
			if err != nil || !ok {
				return Value{}, false, err
			}
			keep := x
			if !f.fn.IsNone() {
				if keep, err = Call(t, f.fn, []Value{x}, nil); err != nil {
					return Value{}, false, err
				}
			}
			if yes, err := Truth(t, keep); err != nil || yes {
				return x, err == nil, err
			}
		}
	}
	ReversedType.New = func(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkPositional("reversed", args, kwargs, 1, 1); err != nil {
			return Value{}, err
		}
		return Reversed(t, args[0])
	}
	for _, typ := range []*Type{ReversedType, ListRevIterType} {
		typ.Next = reversedNext
	}
	CallableIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		c := v.obj.(*callableIter)
		if c.done {
			return Value{}, false, nil
		}
		x, err := Call(t, c.fn, nil, nil)
		if err != nil {
			if AsException(err).Matches(StopIterationType) {
				c.done = true
				return Value{}, false, nil
			}
			return Value{}, false, err
		}
		if eq, err := Equal(t, x, c.sentinel); err != nil || eq {
			c.done = err == nil
			return Value{}, false, err
		}
		return x, true, nil
	}
	SeqIterType.Next = func(t *Thread, v Value) (Value, bool, error) {
		s := v.obj.(*seqIter)
		if s.done {
			return Value{}, false, nil
		}
		x, err := GetItem(t, s.seq, Int(s.i))
		if err != nil {
			if e := AsException(err); e.Matches(IndexErrorType) || e.Matches(StopIterationType) {
				s.done = true
				return Value{}, false, nil
			}
			return Value{}, false, err
		}
		s.i++
		return x, true, nil
	}
	for _, typ := range []*Type{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType} {
		typ.Next = dictRevNext
	}
}

func enumerateNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	iterable, start := Value{}, Int(0)
	if err := UnpackArgs("enumerate", args, kwargs, "iterable", &iterable, "start?", &start); err != nil {
		if len(args) == 0 && len(kwargs) == 0 {
			return Value{}, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		return Value{}, err
	}
	n, err := AsIndex(t, start)
	if err != nil {
		return Value{}, err
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return Value{}, err
	}
	e := &enumerateIter{it: it, count: n, noCode: nextRunsNoCode(it)}
	if e.noCode && !Is(it, iterable) {
		// Only this enumerate reaches the iterator it made, and it steps
		// it under its own lock.
		markPrivate(iterable, it)
	}
	return Obj(e), nil
}

func zipNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	z := &zipIter{its: make([]Value, len(args))}
	for _, kw := range kwargs {
		if kw.Name != "strict" {
			return Value{}, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '%s'", kw.Name)
		}
		strict, err := Truth(t, kw.Value)
		if err != nil {
			return Value{}, err
		}
		z.strict = strict
	}
	for i, a := range args {
		it, err := Iter(t, a)
		if err != nil {
			return Value{}, err
		}
		z.its[i] = it
	}
	z.noCode = true
	for _, it := range z.its {
		z.noCode = z.noCode && nextRunsNoCode(it)
	}
	if z.noCode {
		// Only this zip reaches the iterators it made, and it steps them
		// under its own lock.
		for i, it := range z.its {
			if !Is(it, args[i]) {
				markPrivate(args[i], it)
			}
		}
	}
	return Obj(z), nil
}

func zipNext(t *Thread, v Value) (Value, bool, error) {
	z := v.obj.(*zipIter)
	if z.noCode {
		z.mu.Lock()
		defer z.mu.Unlock()
	}
	if z.done || len(z.its) == 0 {
		return Value{}, false, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		x, ok, err := Next(t, it)
		if err != nil {
			return Value{}, false, err
		}
		if !ok {
			z.done = true
			if z.strict {
				return Value{}, false, zipStrictError(t, z, i)
			}
			return Value{}, false, nil
		}
		items[i] = x
	}
	return NewTuple(items), true, nil
}

// zipStrictError checks, once iterator i is exhausted, that all others are
// too (zip(strict=True)), with CPython's messages.
func zipStrictError(t *Thread, z *zipIter, i int) error {
	if i > 0 {
		return Errorf(ValueErrorType, "zip() argument %d is shorter than %s", i+1, zipArgRange(i))
	}
	for j := 1; j < len(z.its); j++ {
		_, ok, err := Next(t, z.its[j])
		if err != nil {
			return err
		}
		if ok {
			return Errorf(ValueErrorType, "zip() argument %d is longer than %s", j+1, zipArgRange(j))
		}
	}
	return nil
}

// zipArgRange names the first n arguments: "argument 1", "arguments 1-3".
func zipArgRange(n int) string {
	if n == 1 {
		return "argument 1"
	}
	return "arguments 1-" + strconv.Itoa(n)
}

func mapNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, noKeywords("map")
	}
	if len(args) < 2 {
		return Value{}, Errorf(TypeErrorType, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0], its: make([]Value, len(args)-1)}
	for i, a := range args[1:] {
		it, err := Iter(t, a)
		if err != nil {
			return Value{}, err
		}
		m.its[i] = it
	}
	return Obj(m), nil
}

func filterNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("filter", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return Obj(&filterIter{fn: args[0], it: it}), nil
}

// Reversed is reversed(v): a dedicated reverse iterator for lists, ranges
// and dicts (and their views), a user __reversed__, or an index walk over
// any sequence with __len__ and __getitem__.
func Reversed(t *Thread, v Value) (Value, error) {
	switch o := v.obj.(type) {
	case *List:
		return Obj(&reversedIter{typ: ListRevIterType, seq: v, i: o.Len() - 1}), nil
	case *Range:
		return reversedRange(o), nil
	case *Dict:
		return newDictRevIter(o, DictRevKeyIterType), nil
	case *DictView:
		typ := map[*Type]*Type{DictKeysType: DictRevKeyIterType, DictValuesType: DictRevValueIterType,
			DictItemsType: DictRevItemIterType}[o.typ]
		return newDictRevIter(o.dict, typ), nil
	}
	typ := v.Type()
	if fn, ok := typ.Lookup("__reversed__"); ok && typ.Module != "builtins" {
		bound, err := Bind(t, fn, v, typ)
		if err != nil {
			return Value{}, err
		}
		return Call(t, bound, nil, nil)
	}
	if typ.Len == nil || typ.GetItem == nil || typ == DictType || typ == SetType || typ == FrozenSetType {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", typ.Name)
	}
	n, err := Len(t, v)
	if err != nil {
		return Value{}, err
	}
	return Obj(&reversedIter{typ: ReversedType, seq: v, i: n - 1}), nil
}

func reversedNext(t *Thread, v Value) (Value, bool, error) {
	r := v.obj.(*reversedIter)
	if l, ok := r.seq.obj.(*List); ok {
		// A list may shrink while it is walked: stop as CPython does.
		// r.i is read and written under the list's lock, so threads
		// sharing the iterator get each item once.
		l.mu.Lock()
		defer l.mu.Unlock()
		if r.i < 0 || r.i >= len(l.items) {
			r.i = -1
			return Value{}, false, nil
		}
		x := l.items[r.i]
		r.i--
		return x, true, nil
	}
	if r.i < 0 {
		return Value{}, false, nil
	}
	x, err := GetItem(t, r.seq, Int(int64(r.i)))
	if err != nil {
		if e := AsException(err); e.Matches(IndexErrorType) || e.Matches(StopIterationType) {
			r.i = -1
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	r.i--
	return x, true, nil
}

func newDictRevIter(d *Dict, typ *Type) Value {
	d.mu.Lock()
	defer d.mu.Unlock()
	return Obj(&dictRevIter{typ: typ, dict: d, pos: len(d.entries) - 1, used: d.used})
}

func dictRevNext(t *Thread, v Value) (Value, bool, error) {
	it := v.obj.(*dictRevIter)
	d := it.dict
	d.mu.Lock()
	defer d.mu.Unlock()
	if it.done {
		return Value{}, false, nil
	}
	if d.used != it.used {
		it.used = -1
		return Value{}, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for ; it.pos >= 0 && it.pos < len(d.entries); it.pos-- {
		e := d.entries[it.pos]
		if e.key.IsNull() {
			continue
		}
		it.pos--
		switch it.typ {
		case DictRevValueIterType:
			return e.value, true, nil
		case DictRevItemIterType:
			return NewTuple([]Value{e.key, e.value}), true, nil
		}
		return e.key, true, nil
	}
	it.done = true
	return Value{}, false, nil
}

// NewSeqIter returns an iterator over an object that supports only
// __getitem__ (the sequence protocol's fallback for iter()).
func NewSeqIter(seq Value) Value { return Obj(&seqIter{seq: seq}) }
