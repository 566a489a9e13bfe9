package runtime

// Reading the wire format (wire.go describes it). The input comes from
// another minipy process, but a truncated or damaged message must still
// give a Python exception (UnpicklingError), never a Go panic or a huge
// allocation: every count is checked against the bytes that remain.

import (
	"encoding/binary"
	"math/big"
	"os"
)

// DecodeValue rebuilds a value written by EncodeValue. Functions and
// classes are looked up by name (importing their modules), so decoding
// may run Python code.
func DecodeValue(t *Thread, data []byte) (Value, error) {
	d := wireDecoder{t: t, data: data}
	return d.decodeAll()
}

// wireDecoder reads one value.
type wireDecoder struct {
	t     *Thread
	data  []byte
	pos   int
	memo  []Value
	depth int
	// inherited are the files a child process inherited, by index (nil
	// outside a child's start-up: handles are refused then).
	inherited []*os.File
}

func (d *wireDecoder) decodeAll() (Value, error) {
	v, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	if d.pos != len(d.data) {
		return Value{}, d.corrupt()
	}
	return v, nil
}

func (d *wireDecoder) corrupt() error {
	return moduleError(UnpicklingErrorType, "pickle data was truncated")
}

func (d *wireDecoder) byte1() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, d.corrupt()
	}
	b := d.data[d.pos]
	d.pos++
	return b, nil
}

func (d *wireDecoder) uvarint() (uint64, error) {
	n, k := binary.Uvarint(d.data[d.pos:])
	if k <= 0 {
		return 0, d.corrupt()
	}
	d.pos += k
	return n, nil
}

// count reads a length or item count; each item takes at least min bytes,
// so a count larger than the rest of the message allows is corruption.
func (d *wireDecoder) count(min int) (int, error) {
	n, err := d.uvarint()
	if err != nil {
		return 0, err
	}
	if n > uint64(len(d.data)-d.pos)/uint64(min) {
		return 0, d.corrupt()
	}
	return int(n), nil
}

func (d *wireDecoder) raw() ([]byte, error) {
	n, err := d.count(1)
	if err != nil {
		return nil, err
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *wireDecoder) str() (string, error) {
	b, err := d.raw()
	return string(b), err
}

// memoize reserves the next memo index for a value being built.
func (d *wireDecoder) memoize(v Value) int {
	d.memo = append(d.memo, v)
	return len(d.memo) - 1
}

func (d *wireDecoder) decode() (Value, error) {
	tag, err := d.byte1()
	if err != nil {
		return Value{}, err
	}
	switch tag {
	case wireInt:
		n, k := binary.Varint(d.data[d.pos:])
		if k <= 0 {
			return Value{}, d.corrupt()
		}
		d.pos += k
		return Int(n), nil
	case wireFloat:
		if len(d.data)-d.pos < 8 {
			return Value{}, d.corrupt()
		}
		bits := binary.LittleEndian.Uint64(d.data[d.pos:])
		d.pos += 8
		return Value{obj: kindFloat, bits: bits}, nil
	case wireNone:
		return None, nil
	case wireTrue:
		return True, nil
	case wireFalse:
		return False, nil
	case wireEllipsis:
		return Ellipsis, nil
	case wireNotImplemented:
		return NotImplemented, nil
	case wireStr:
		s, err := d.str()
		if err != nil {
			return Value{}, err
		}
		return NewStr(s), nil
	case wireBytes:
		b, err := d.raw()
		if err != nil {
			return Value{}, err
		}
		return NewBytes(append([]byte(nil), b...)), nil
	case wireBigInt:
		return d.decodeBig()
	case wireRef:
		i, err := d.uvarint()
		if err != nil || i >= uint64(len(d.memo)) {
			return Value{}, d.corrupt()
		}
		return d.memo[i], nil
	}
	if d.depth >= d.t.Interp.RecursionLimit {
		return Value{}, Errorf(RecursionErrorType, "maximum recursion depth exceeded while unpickling an object")
	}
	d.depth++
	v, err := d.decodeContainer(tag)
	d.depth--
	return v, err
}

// decodeContainer reads a value that may contain or refer to others.
func (d *wireDecoder) decodeContainer(tag byte) (Value, error) {
	switch tag {
	case wireTuple:
		items, err := d.items()
		if err != nil {
			return Value{}, err
		}
		return NewTuple(items), nil
	case wireList:
		return d.decodeList()
	case wireDict:
		return d.decodeDict()
	case wireSet, wireFrozenSet:
		return d.decodeSet(tag)
	case wireRange, wireSlice:
		return d.decodeCall(tag)
	case wireGlobal:
		return d.decodeGlobal()
	case wireMethod:
		self, err := d.decode()
		if err != nil {
			return Value{}, err
		}
		name, err := d.str()
		if err != nil {
			return Value{}, err
		}
		return GetAttr(d.t, self, name)
	case wireObject:
		return d.decodeInstance()
	case wireException:
		return d.decodeException()
	case wireHandle:
		return d.decodeHandle()
	}
	return Value{}, moduleError(UnpicklingErrorType, "invalid load key, '"+string(rune(tag))+"'.")
}

func (d *wireDecoder) items() ([]Value, error) {
	n, err := d.count(1)
	if err != nil {
		return nil, err
	}
	items := make([]Value, n)
	for i := range items {
		if items[i], err = d.decode(); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// decodeList reads a list's size hint and batches (see encodeList).
func (d *wireDecoder) decodeList() (Value, error) {
	l := NewList(nil)
	d.memoize(Obj(l))
	hint, err := d.count(1)
	if err != nil {
		return Value{}, err
	}
	items := make([]Value, 0, hint)
	for {
		n, err := d.count(1)
		if err != nil {
			return Value{}, err
		}
		if n == 0 {
			break
		}
		for ; n > 0; n-- {
			// Small ints inline: the common case of a big list of numbers.
			if d.pos < len(d.data) && d.data[d.pos] == wireInt {
				if x, k := binary.Varint(d.data[d.pos+1:]); k > 0 {
					items = append(items, Int(x))
					d.pos += 1 + k
					continue
				}
			}
			x, err := d.decode()
			if err != nil {
				return Value{}, err
			}
			items = append(items, x)
		}
	}
	l.items = items
	return Obj(l), nil
}

func (d *wireDecoder) decodeBig() (Value, error) {
	sign, err := d.byte1()
	if err != nil {
		return Value{}, err
	}
	mag, err := d.raw()
	if err != nil {
		return Value{}, err
	}
	x := new(big.Int).SetBytes(mag)
	if sign == 1 {
		x.Neg(x)
	}
	return NewBigInt(x), nil
}

func (d *wireDecoder) decodeDict() (Value, error) {
	n, err := d.count(2)
	if err != nil {
		return Value{}, err
	}
	m := NewDictSized(n)
	d.memoize(Obj(m))
	for i := 0; i < n; i++ {
		k, err := d.decode()
		if err != nil {
			return Value{}, err
		}
		v, err := d.decode()
		if err != nil {
			return Value{}, err
		}
		if err := m.Set(d.t, k, v); err != nil {
			return Value{}, err
		}
	}
	return Obj(m), nil
}

func (d *wireDecoder) decodeSet(tag byte) (Value, error) {
	var s *Set
	if tag == wireSet {
		s = NewSet()
		d.memoize(Obj(s))
	}
	items, err := d.items()
	if err != nil {
		return Value{}, err
	}
	if tag == wireFrozenSet {
		f, err := NewFrozenSet(d.t, items)
		if err != nil {
			return Value{}, err
		}
		return Obj(f), nil
	}
	return Obj(s), s.addAll(d.t, items)
}

// decodeCall rebuilds a range or a slice from its three fields.
func (d *wireDecoder) decodeCall(tag byte) (Value, error) {
	args := make([]Value, 3)
	for i := range args {
		var err error
		if args[i], err = d.decode(); err != nil {
			return Value{}, err
		}
	}
	if tag == wireSlice {
		return NewSlice(args[0], args[1], args[2]), nil
	}
	return Call(d.t, Obj(RangeType), args, nil)
}

func (d *wireDecoder) decodeGlobal() (Value, error) {
	module, err := d.str()
	if err != nil {
		return Value{}, err
	}
	qualname, err := d.str()
	if err != nil {
		return Value{}, err
	}
	return lookupGlobal(d.t, module, qualname)
}

// decodeInstance rebuilds an instance without running __init__, as
// pickle does: cls.__new__(cls), then __setstate__(state) if the class
// has one, else an update of the instance's __dict__.
func (d *wireDecoder) decodeInstance() (Value, error) {
	slot := d.memoize(Value{})
	clsV, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	if _, ok := clsV.obj.(*Type); !ok {
		return Value{}, d.corrupt()
	}
	newFn, err := GetAttr(d.t, clsV, "__new__")
	if err != nil {
		return Value{}, err
	}
	obj, err := Call(d.t, newFn, []Value{clsV}, nil)
	if err != nil {
		return Value{}, err
	}
	d.memo[slot] = obj
	state, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	if _, ok := lookupBelowObject(clsV.obj.(*Type), "__setstate__"); ok {
		setstate, err := GetAttr(d.t, obj, "__setstate__")
		if err != nil {
			return Value{}, err
		}
		_, err = Call(d.t, setstate, []Value{state}, nil)
		return obj, err
	}
	sd, ok := state.obj.(*Dict)
	if !ok {
		return Value{}, moduleError(UnpicklingErrorType, "state is not a dictionary")
	}
	dict, err := GetAttr(d.t, obj, "__dict__")
	if err != nil {
		return Value{}, err
	}
	od, ok := dict.obj.(*Dict)
	if !ok {
		return Value{}, moduleError(UnpicklingErrorType, "state is not a dictionary")
	}
	for _, it := range sd.Items() {
		if err := od.Set(d.t, it.Key, it.Value); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// decodeException rebuilds an exception from its type, args and attributes
// (without calling the class, so a custom __init__ cannot refuse the args).
func (d *wireDecoder) decodeException() (Value, error) {
	exc := &Exception{}
	d.memoize(Obj(exc))
	typV, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	typ, ok := typV.obj.(*Type)
	if !ok || !BaseExceptionType.IsSubtype(typ) {
		return Value{}, d.corrupt()
	}
	exc.typ = typ
	if tag, err := d.byte1(); err != nil || tag != wireTuple {
		return Value{}, d.corrupt()
	}
	if exc.Args, err = d.items(); err != nil {
		return Value{}, err
	}
	state, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	if sd, ok := state.obj.(*Dict); ok {
		exc.Dict = sd
	}
	return Obj(exc), nil
}

// decodeHandle rebuilds an OS handle from the files the process inherited.
func (d *wireDecoder) decodeHandle() (Value, error) {
	slot := d.memoize(Value{})
	kind, err := d.str()
	if err != nil {
		return Value{}, err
	}
	n, err := d.count(1)
	if err != nil {
		return Value{}, err
	}
	files := make([]*os.File, n)
	for i := range files {
		idx, err := d.uvarint()
		if err != nil {
			return Value{}, err
		}
		if idx >= uint64(len(d.inherited)) || d.inherited[idx] == nil {
			return Value{}, notInherited(kind)
		}
		files[i] = d.inherited[idx]
	}
	state, err := d.decode()
	if err != nil {
		return Value{}, err
	}
	dec, ok := wireHandleDecoders[kind]
	if !ok {
		return Value{}, d.corrupt()
	}
	o, err := dec(d.t, files, state)
	if err != nil {
		return Value{}, err
	}
	d.memo[slot] = Obj(o)
	return Obj(o), nil
}
