package runtime

// The wire format: how minipy values cross a process boundary (arguments
// and results of child processes, queue and pipe items, manager calls).
// It plays the part of pickle in CPython's multiprocessing and accepts and
// refuses what pickle does, with pickle's messages: a lambda or a nested
// function is an error, a lock or a generator "cannot pickle" (DESIGN.md
// decision 6). The bytes are minipy's own, not pickle's: no other program
// reads them, so the format is chosen to be compact and fast to write and
// read (a list of a million ints is one tag and a varint per item).
//
// A value is a tag byte followed by its payload:
//
//	N T F E n          None, True, False, Ellipsis, NotImplemented
//	i varint           int that fits in int64 (zigzag)
//	I sign len bytes   big int: sign byte, magnitude big-endian
//	f 8 bytes          float, IEEE little-endian
//	s len bytes        str (UTF-8)         b len bytes  bytes
//	t n items          tuple               z n items    frozenset
//	l n batches 0      list: n is a size hint, then batches of (count,
//	                   items) ended by a count of 0, so that a list another
//	                   thread changes meanwhile is still written whole
//	S n items          set
//	d n key value...   dict, in insertion order
//	R start stop step  range               L 3 values   slice
//	g module qualname  a module-level function, class or built-in, by name
//	m self name        a bound method: getattr(self, name)
//	o class state      an instance: class, then its __dict__ or __getstate__()
//	e type args state  an exception: its type, args and attribute dict
//	h kind ...         an OS handle (pipe, lock, shared memory), only at spawn
//	r index            a reference to an earlier list, dict, set, instance,
//	                   exception or handle (shared and recursive structures)
//
// Lengths and counts are unsigned varints. Memo indexes are assigned in the
// order the referenced objects start, the same on both sides, so a back
// reference needs no explicit "put".

import (
	"encoding/binary"
	"math/big"
	"slices"
	"sync"
)

// Wire tags (see the table above).
const (
	wireNone           = 'N'
	wireTrue           = 'T'
	wireFalse          = 'F'
	wireEllipsis       = 'E'
	wireNotImplemented = 'n'
	wireInt            = 'i'
	wireBigInt         = 'I'
	wireFloat          = 'f'
	wireStr            = 's'
	wireBytes          = 'b'
	wireTuple          = 't'
	wireList           = 'l'
	wireDict           = 'd'
	wireSet            = 'S'
	wireFrozenSet      = 'z'
	wireRange          = 'R'
	wireSlice          = 'L'
	wireGlobal         = 'g'
	wireMethod         = 'm'
	wireObject         = 'o'
	wireException      = 'e'
	wireHandle         = 'h'
	wireRef            = 'r'
)

// The errors of the pickle module, as CPython's _pickle defines them.
var (
	PickleErrorType     = newModuleExceptionType("_pickle", "PickleError", ExceptionType)
	PicklingErrorType   = newModuleExceptionType("_pickle", "PicklingError", PickleErrorType)
	UnpicklingErrorType = newModuleExceptionType("_pickle", "UnpicklingError", PickleErrorType)
)

// moduleExceptionTypes are exception types that live in a module rather
// than in builtins; they get the slots of the built-in exceptions once
// those exist (initModuleExceptionTypes).
var (
	moduleExceptionTypes     []*Type
	moduleExceptionTypesOnce sync.Once
)

// newModuleExceptionType creates an exception type of a built-in module
// (not added to builtins, unlike newExceptionType).
func newModuleExceptionType(module, name string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.Module = module
	moduleExceptionTypes = append(moduleExceptionTypes, t)
	return t
}

// initModuleExceptionTypes copies the exception slots into the module
// exception types. It runs on first use, after every init has filled the
// slots of BaseException.
func initModuleExceptionTypes() {
	moduleExceptionTypesOnce.Do(func() {
		b := BaseExceptionType
		for _, t := range moduleExceptionTypes {
			t.New, t.Repr, t.Str, t.Hash = b.New, b.Repr, b.Str, b.Hash
			t.GetAttr, t.SetAttr, t.DelAttr = b.GetAttr, b.SetAttr, b.DelAttr
		}
	})
}

// moduleError creates an exception of a module exception type.
func moduleError(typ *Type, msg string) *Exception {
	initModuleExceptionTypes()
	return NewException(typ, NewStr(msg))
}

// EncodeValue serialises v in the wire format. Values pickle cannot send
// give pickle's error (TypeError, AttributeError or PicklingError); OS
// handles are refused outside a spawn (see encodeForSpawn).
func EncodeValue(t *Thread, v Value) ([]byte, error) {
	e := wireEncoder{t: t}
	if err := e.encode(v); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// wireEncoder writes one value (and everything it references).
type wireEncoder struct {
	t     *Thread
	buf   []byte
	memo  map[Object]uint64 // objects already written, by memo index
	next  uint64            // the next memo index
	depth int
	// spawn collects the OS handles a child process inherits; nil when
	// the value is not being sent to a process being started.
	spawn *spawnFiles
}

func (e *wireEncoder) byte1(b byte) { e.buf = append(e.buf, b) }

func (e *wireEncoder) uvarint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }

func (e *wireEncoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

// remember gives o the next memo index, or writes a back reference and
// reports true when o was written before.
func (e *wireEncoder) remember(o Object) (seen bool) {
	if e.memo == nil {
		e.memo = map[Object]uint64{}
	} else if i, ok := e.memo[o]; ok {
		e.byte1(wireRef)
		e.uvarint(i)
		return true
	}
	e.memo[o] = e.next
	e.next++
	return false
}

// encode writes v. The inline kinds come first: they are the hot path of
// a big list of numbers.
func (e *wireEncoder) encode(v Value) error {
	switch v.obj {
	case kindInt:
		e.byte1(wireInt)
		e.buf = binary.AppendVarint(e.buf, v.AsInt())
		return nil
	case kindFloat:
		e.byte1(wireFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, v.bits)
		return nil
	case kindBool:
		if v.AsBool() {
			e.byte1(wireTrue)
		} else {
			e.byte1(wireFalse)
		}
		return nil
	case kindNone:
		e.byte1(wireNone)
		return nil
	case nil:
		return Errorf(SystemErrorType, "wire: cannot encode a null value")
	}
	return e.encodeObject(v)
}

// encodeObject writes a heap value. Containers count against the
// recursion limit, as pickle's do.
func (e *wireEncoder) encodeObject(v Value) error {
	switch o := v.obj.(type) {
	case *Str:
		e.byte1(wireStr)
		e.str(o.s)
		return nil
	case *Bytes:
		e.byte1(wireBytes)
		e.uvarint(uint64(len(o.b)))
		e.buf = append(e.buf, o.b...)
		return nil
	case *BigInt:
		e.encodeBig(o.v)
		return nil
	}
	if e.depth >= e.t.Interp.RecursionLimit {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded while pickling an object")
	}
	e.depth++
	err := e.encodeContainer(v)
	e.depth--
	return err
}

// encodeContainer writes a value that may contain or refer to others.
func (e *wireEncoder) encodeContainer(v Value) error {
	switch o := v.obj.(type) {
	case *Tuple:
		if o.Type() == TupleType {
			return e.encodeItems(wireTuple, o.items)
		}
	case *List:
		if o.Type() == ListType {
			return e.encodeList(o)
		}
	case *Dict:
		if o.Type() == DictType {
			return e.encodeDict(o)
		}
	case *Set:
		switch o.Type() {
		case SetType:
			if e.remember(o) {
				return nil
			}
			return e.encodeItems(wireSet, o.Items())
		case FrozenSetType:
			return e.encodeItems(wireFrozenSet, o.Items())
		}
	case *Exception:
		return e.encodeException(o)
	case *Type:
		return e.encodeGlobal(v, o.Module, qualName(o))
	case *Builtin:
		module := o.Module
		if module == "" {
			module = "builtins"
		}
		return e.encodeGlobal(v, module, o.Name)
	case *Method:
		return e.encodeGlobal(v, o.Owner.Module, qualName(o.Owner)+"."+o.Name)
	case *BoundMethod:
		return e.encodeBoundMethod(o)
	case *singleton:
		if Is(v, Ellipsis) {
			e.byte1(wireEllipsis)
		} else {
			e.byte1(wireNotImplemented)
		}
		return nil
	case *Module:
		return cannotPickle(v)
	}
	if h, ok := v.obj.(wireHandler); ok {
		return e.encodeHandle(h)
	}
	if ok, err := e.encodeSpecial(v); ok || err != nil {
		return err
	}
	return e.encodeInstance(v)
}

// encodeItems writes a sequence or set: tag, count, items.
func (e *wireEncoder) encodeItems(tag byte, items []Value) error {
	e.byte1(tag)
	e.uvarint(uint64(len(items)))
	for _, x := range items {
		if err := e.encode(x); err != nil {
			return err
		}
	}
	return nil
}

// listBatch is how many items encodeList copies out of a list per lock.
const listBatch = 64

// encodeList writes a list batch by batch, each batch copied under the
// list's lock (the lock is not held while items are written, since that
// may run user code), as CPython's pickle walks a list by index.
func (e *wireEncoder) encodeList(l *List) error {
	if e.remember(l) {
		return nil
	}
	e.byte1(wireList)
	n := l.Len()
	e.uvarint(uint64(n))
	e.buf = slices.Grow(e.buf, 2*n) // most items take two bytes or more
	var batch [listBatch]Value
	for i := 0; ; {
		l.mu.Lock()
		n := copy(batch[:], l.items[min(i, len(l.items)):])
		l.mu.Unlock()
		e.uvarint(uint64(n))
		if n == 0 {
			return nil
		}
		for _, x := range batch[:n] {
			if x.obj == kindInt { // inline: the common case of a big list of numbers
				e.buf = append(e.buf, wireInt)
				e.buf = binary.AppendVarint(e.buf, int64(x.bits))
				continue
			}
			if err := e.encode(x); err != nil {
				return err
			}
		}
		i += n
	}
}

func (e *wireEncoder) encodeDict(d *Dict) error {
	if e.remember(d) {
		return nil
	}
	items := d.Items()
	e.byte1(wireDict)
	e.uvarint(uint64(len(items)))
	for _, it := range items {
		if err := e.encode(it.Key); err != nil {
			return err
		}
		if err := e.encode(it.Value); err != nil {
			return err
		}
	}
	return nil
}

func (e *wireEncoder) encodeBig(x *big.Int) {
	e.byte1(wireBigInt)
	if x.Sign() < 0 {
		e.byte1(1)
	} else {
		e.byte1(0)
	}
	mag := x.Bytes() // big-endian magnitude
	e.uvarint(uint64(len(mag)))
	e.buf = append(e.buf, mag...)
}

// encodeException writes an exception: its type by name, its args and
// the attributes set on it.
func (e *wireEncoder) encodeException(x *Exception) error {
	if e.remember(x) {
		return nil
	}
	e.byte1(wireException)
	if err := e.encode(Obj(x.typ)); err != nil {
		return err
	}
	if err := e.encodeItems(wireTuple, x.Args); err != nil {
		return err
	}
	if x.Dict == nil || x.Dict.Len() == 0 {
		e.byte1(wireNone)
		return nil
	}
	return e.encodeDict(x.Dict)
}

// encodeBoundMethod writes obj.method as (obj, name), as pickle reduces a
// method to getattr(obj, name).
func (e *wireEncoder) encodeBoundMethod(m *BoundMethod) error {
	var name string
	if meth, ok := m.Func.obj.(*Method); ok {
		name = meth.Name
	} else {
		n, err := GetAttr(e.t, m.Func, "__name__")
		if err != nil {
			return err
		}
		s, ok := AsStr(n)
		if !ok {
			return cannotPickle(Obj(m))
		}
		name = s
	}
	if mod, ok := m.Self.obj.(*Module); ok {
		// A module's function bound to it: `time.sleep` seen through the
		// module is a plain global.
		return e.encodeGlobal(Obj(m), mod.Name, name)
	}
	e.byte1(wireMethod)
	if err := e.encode(m.Self); err != nil {
		return err
	}
	e.str(name)
	return nil
}

// encodeSpecial handles the built-in values pickle reduces to a call:
// range and slice. It reports whether v was one of them.
func (e *wireEncoder) encodeSpecial(v Value) (bool, error) {
	switch v.Type() {
	case RangeType, SliceType:
		tag, names := byte(wireRange), []string{"start", "stop", "step"}
		if v.Type() == SliceType {
			tag = wireSlice
		}
		e.byte1(tag)
		for _, n := range names {
			x, err := GetAttr(e.t, v, n)
			if err != nil {
				return true, err
			}
			if err := e.encode(x); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	if v.Type().Name == "function" && v.Type().Module == "builtins" {
		return true, e.encodeFunction(v)
	}
	return false, nil
}

// encodeFunction writes a Python function by its module and qualified name.
func (e *wireEncoder) encodeFunction(v Value) error {
	module, err := strAttr(e.t, v, "__module__")
	if err != nil {
		return err
	}
	qual, err := strAttr(e.t, v, "__qualname__")
	if err != nil {
		return err
	}
	return e.encodeGlobal(v, module, qual)
}

// strAttr is getattr(v, name) when it is a str ("" when it is None).
func strAttr(t *Thread, v Value, name string) (string, error) {
	x, err := GetAttr(t, v, name)
	if err != nil {
		return "", err
	}
	if s, ok := AsStr(x); ok {
		return s, nil
	}
	return "", nil
}

// encodeInstance writes an instance of a class: the class by name and the
// instance's state, __getstate__() if the class defines one, else its
// __dict__. An object without either (a generator, a file) cannot be sent.
func (e *wireEncoder) encodeInstance(v Value) error {
	o := v.Object()
	if o == nil {
		return cannotPickle(v)
	}
	if e.remember(o) {
		return nil
	}
	typ := v.Type()
	var state Value
	if _, ok := lookupBelowObject(typ, "__getstate__"); ok {
		getstate, err := GetAttr(e.t, v, "__getstate__")
		if err != nil {
			return err
		}
		if state, err = Call(e.t, getstate, nil, nil); err != nil {
			return err
		}
	} else {
		d, err := GetAttr(e.t, v, "__dict__")
		if err != nil {
			if AsException(err).Matches(AttributeErrorType) {
				return cannotPickle(v)
			}
			return err
		}
		if _, ok := d.obj.(*Dict); !ok {
			return cannotPickle(v)
		}
		state = d
	}
	e.byte1(wireObject)
	if err := e.encodeGlobal(Obj(typ), typ.Module, qualName(typ)); err != nil {
		return err
	}
	return e.encode(state)
}

// lookupBelowObject finds name along typ's MRO without looking in object
// itself (whose default __getstate__ minipy does not need to call).
func lookupBelowObject(typ *Type, name string) (Value, bool) {
	for _, m := range typ.MRO {
		if m == ObjectType {
			break
		}
		if m.Dict != nil {
			if v, ok := m.Dict.GetStr(name); ok {
				return v, true
			}
		}
	}
	return Value{}, false
}

// cannotPickle is pickle's error for a value of a type it cannot reduce:
// "cannot pickle '_thread.lock' object".
func cannotPickle(v Value) error {
	typ := v.Type()
	name := qualName(typ)
	if typ.Module != "" && typ.Module != "builtins" {
		name = typ.Module + "." + name
	}
	return Errorf(TypeErrorType, "cannot pickle '%s' object", name)
}
