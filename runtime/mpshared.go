package runtime

// _mp.SharedArray: a C array in shared memory, under multiprocessing's
// Value and Array (CPython's sharedctypes, which put ctypes objects in an
// mmap'd heap). Items are converted as ctypes converts them: integers wrap
// around silently at the item's width, floats are stored as C floats or
// doubles. Every item is read and written atomically, so a reader never
// sees half of a value a writer is storing.

import (
	"math"
	"math/big"
	"os"
	"strconv"
	"sync/atomic"
	"unsafe"
)

var sharedArrayType = NewBuiltinType("SharedArray", ObjectType)

// ctypeInfo describes an item type by its typecode (the array module's
// and ctypes's codes).
type ctypeInfo struct {
	size   int
	signed bool
	float  bool
	ctype  string // the ctypes name, for reprs: c_int
}

var ctypes = map[string]ctypeInfo{
	"b": {size: 1, signed: true, ctype: "c_byte"},
	"B": {size: 1, ctype: "c_ubyte"},
	"h": {size: 2, signed: true, ctype: "c_short"},
	"H": {size: 2, ctype: "c_ushort"},
	"i": {size: 4, signed: true, ctype: "c_int"},
	"I": {size: 4, ctype: "c_uint"},
	"l": {size: 8, signed: true, ctype: "c_long"},
	"L": {size: 8, ctype: "c_ulong"},
	"q": {size: 8, signed: true, ctype: "c_longlong"},
	"Q": {size: 8, ctype: "c_ulonglong"},
	"f": {size: 4, float: true, ctype: "c_float"},
	"d": {size: 8, float: true, ctype: "c_double"},
}

// sharedArray is n items of one C type in shared memory.
type sharedArray struct {
	shm      *sharedMem
	typecode string
	info     ctypeInfo
	n        int
}

// Type implements Object.
func (a *sharedArray) Type() *Type { return sharedArrayType }

func (a *sharedArray) wireKind() string      { return "SharedArray" }
func (a *sharedArray) wireFiles() []*os.File { return []*os.File{a.shm.f} }
func (a *sharedArray) wireState() Value {
	return NewTuple([]Value{NewStr(a.typecode), Int(int64(a.n))})
}

// byteSize is the size of the shared block: at least 8 bytes, rounded up
// to 8 so that every item is aligned for atomic access.
func byteSize(info ctypeInfo, n int) int {
	return max(8, (info.size*n+7)&^7)
}

// load returns item i's bits (sign-extended for signed integers).
func (a *sharedArray) load(i int) uint64 {
	p := unsafe.Pointer(&a.shm.mem[i*a.info.size])
	switch a.info.size {
	case 1:
		// Single bytes cannot tear; read the containing word atomically
		// all the same, to keep every access atomic.
		return a.byteAt(i)
	case 2:
		return a.halfAt(i)
	case 4:
		v := atomic.LoadUint32((*uint32)(p))
		if a.info.signed {
			return uint64(int64(int32(v)))
		}
		return uint64(v)
	}
	return atomic.LoadUint64((*uint64)(p))
}

// byteAt and halfAt read 1- and 2-byte items through the aligned 32-bit
// word that contains them.
func (a *sharedArray) byteAt(i int) uint64 {
	off := i
	w := atomic.LoadUint32(word(a.shm.mem, off&^3))
	v := uint8(w >> (8 * (off & 3)))
	if a.info.signed {
		return uint64(int64(int8(v)))
	}
	return uint64(v)
}

func (a *sharedArray) halfAt(i int) uint64 {
	off := 2 * i
	w := atomic.LoadUint32(word(a.shm.mem, off&^3))
	v := uint16(w >> (8 * (off & 3)))
	if a.info.signed {
		return uint64(int64(int16(v)))
	}
	return uint64(v)
}

// store writes item i's bits (truncated to the item's width).
func (a *sharedArray) store(i int, bits uint64) {
	size := a.info.size
	off := i * size
	switch size {
	case 4:
		atomic.StoreUint32(word(a.shm.mem, off), uint32(bits))
		return
	case 8:
		atomic.StoreUint64((*uint64)(unsafe.Pointer(&a.shm.mem[off])), bits)
		return
	}
	// 1 or 2 bytes: replace them inside their aligned word.
	w := word(a.shm.mem, off&^3)
	shift := 8 * uint(off&3)
	mask := uint32(1)<<(8*size) - 1
	for {
		old := atomic.LoadUint32(w)
		nw := old&^(mask<<shift) | (uint32(bits)&mask)<<shift
		if atomic.CompareAndSwapUint32(w, old, nw) {
			return
		}
	}
}

// get returns item i as a Python value.
func (a *sharedArray) get(i int) Value {
	bits := a.load(i)
	switch {
	case a.info.float && a.info.size == 4:
		return Float(float64(math.Float32frombits(uint32(bits))))
	case a.info.float:
		return Float(math.Float64frombits(bits))
	case a.info.signed || bits <= math.MaxInt64:
		return Int(int64(bits))
	}
	return NewBigInt(new(big.Int).SetUint64(bits))
}

// set converts v as ctypes does and stores it in item i.
func (a *sharedArray) set(t *Thread, i int, v Value) error {
	if a.info.float {
		var f float64
		switch {
		case v.IsFloat():
			f = v.AsFloat()
		case v.IsInt() || v.IsBool():
			f = float64(v.AsInt())
		case IsIntegral(v):
			b, _ := toBig(v)
			x, err := bigToFloat(b)
			if err != nil {
				return err
			}
			f = x
		default:
			return Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
		}
		if a.info.size == 4 {
			a.store(i, uint64(math.Float32bits(float32(f))))
		} else {
			a.store(i, math.Float64bits(f))
		}
		return nil
	}
	switch {
	case v.IsInt() || v.IsBool():
		a.store(i, uint64(v.AsInt()))
		return nil
	case IsIntegral(v):
		b, _ := toBig(v)
		// Wrap around modulo 2**64 as a C conversion does.
		low := new(big.Int).And(b, new(big.Int).SetUint64(math.MaxUint64))
		a.store(i, low.Uint64())
		return nil
	}
	n, err := AsIndex(t, v)
	if err != nil {
		return err
	}
	a.store(i, uint64(n))
	return nil
}

// index checks and normalises an index argument.
func (a *sharedArray) index(t *Thread, v Value) (int, error) {
	i, err := AsIndex(t, v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(a.n)
	}
	if i < 0 || i >= int64(a.n) {
		return 0, Errorf(IndexErrorType, "invalid index")
	}
	return int(i), nil
}

// sharedArrayNew is _mp.SharedArray(typecode, n).
func sharedArrayNew(t *Thread, typ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	var codeV, nV Value
	if err := UnpackArgs("SharedArray", args, kwargs, "typecode", &codeV, "size", &nV); err != nil {
		return Value{}, err
	}
	code, _ := AsStr(codeV)
	info, ok := ctypes[code]
	if !ok {
		return Value{}, Errorf(TypeErrorType, "bad typecode (must be b, B, h, H, i, I, l, L, q, Q, f or d)")
	}
	n, err := AsIndex(t, nV)
	if err != nil {
		return Value{}, err
	}
	if n < 0 || n > 1<<32 {
		return Value{}, Errorf(ValueErrorType, "Array length must be >= 0, not %d", n)
	}
	shm, err := newSharedMem(byteSize(info, int(n)))
	if err != nil {
		return Value{}, NewOSError(err, Value{})
	}
	return Obj(&sharedArray{shm: shm, typecode: code, info: info, n: int(n)}), nil
}

func init() {
	at := sharedArrayType
	at.Module = "_mp"
	at.New = sharedArrayNew
	at.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		a := v.obj.(*sharedArray)
		switch name {
		case "typecode":
			return NewStr(a.typecode), nil
		case "ctype":
			return NewStr(a.info.ctype), nil
		}
		return qualifiedGetAttr("_mp.SharedArray")(t, v, name)
	}
	at.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*sharedArray).n, nil }
	at.GetItem = func(t *Thread, v, key Value) (Value, error) {
		a := v.obj.(*sharedArray)
		i, err := a.index(t, key)
		if err != nil {
			return Value{}, err
		}
		return a.get(i), nil
	}
	at.SetItem = func(t *Thread, v, key, val Value) error {
		a := v.obj.(*sharedArray)
		i, err := a.index(t, key)
		if err != nil {
			return err
		}
		return a.set(t, i, val)
	}
	at.Repr = func(t *Thread, v Value) (string, error) {
		a := v.obj.(*sharedArray)
		return "<_mp.SharedArray " + a.info.ctype + "*" + strconv.Itoa(a.n) + ">", nil
	}
	wireHandleDecoders["SharedArray"] = func(t *Thread, files []*os.File, state Value) (Object, error) {
		tup, ok := AsTuple(state)
		if !ok || len(files) != 1 || tup.Len() != 2 {
			return nil, moduleError(UnpicklingErrorType, "bad SharedArray state")
		}
		code, _ := AsStr(tup.items[0])
		info, ok := ctypes[code]
		n := int(tup.items[1].AsInt())
		if !ok || n < 0 {
			return nil, moduleError(UnpicklingErrorType, "bad SharedArray state")
		}
		shm, err := mapSharedFile(files[0], byteSize(info, n))
		if err != nil {
			return nil, NewOSError(err, Value{})
		}
		return &sharedArray{shm: shm, typecode: code, info: info, n: n}, nil
	}
}
