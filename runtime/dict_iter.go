package runtime

// Iterators over a dict's keys, values and items (dict_keyiterator, ...).
// As in CPython, an iterator notices a change of the dict's size and raises
// RuntimeError; a change that keeps the size is not detected by the size
// check but a key appearing past the expected count is.

type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// dictIter iterates one dict. Iterators are used by one thread at a time
// in practice; mu keeps a shared one race-free anyway, each entry going to
// one thread as under CPython's GIL.
type dictIter struct {
	mu      ObjectLock
	private bool // see markPrivate
	typ     *Type
	dict    *Dict
	kind    dictIterKind
	pos     int // next position in dict.entries
	used    int // the dict's size when iteration started; -1 after an error
	left    int // items still expected
}

// The dict iterator types.
var (
	DictKeyIterType   = newIteratorType("dict_keyiterator")
	DictValueIterType = newIteratorType("dict_valueiterator")
	DictItemIterType  = newIteratorType("dict_itemiterator")
)

// Type implements Object.
func (it *dictIter) Type() *Type { return it.typ }

func newDictIter(d *Dict, kind dictIterKind) Value {
	typ := [...]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[kind]
	n := d.Len()
	return Obj(&dictIter{typ: typ, dict: d, kind: kind, used: n, left: n})
}

func init() {
	for _, typ := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType} {
		typ.Next = dictIterNext
	}
}

func dictIterNext(t *Thread, v Value) (Value, bool, error) {
	it := v.obj.(*dictIter)
	if !it.private {
		it.mu.Lock()
		defer it.mu.Unlock()
	}
	if it.dict == nil {
		return Value{}, false, nil
	}
	pos, e, used := it.dict.entryAt(it.pos)
	if used != it.used {
		it.used = -1 // sticky, as CPython
		return Value{}, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	if pos < 0 {
		it.dict = nil
		return Value{}, false, nil
	}
	if it.left == 0 {
		it.dict = nil
		return Value{}, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	it.pos = pos + 1
	it.left--
	switch it.kind {
	case dictIterValues:
		return e.value, true, nil
	case dictIterItems:
		return NewTuple([]Value{e.key, e.value}), true, nil
	}
	return e.key, true, nil
}
