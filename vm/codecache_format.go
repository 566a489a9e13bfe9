package vm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/big"

	"minipy/runtime"
)

// The serialisation of code objects for the code cache (codecache.go).
// A file is a header (magic, format version, CRC-32 and length of the
// payload) then the payload: one code object. Integers are varints, strings
// a length then their bytes, and constants a tag byte then their value;
// nested code objects are encoded in place, recursively.

// Constant tags.
const (
	tagNone     = 'N'
	tagTrue     = 'T'
	tagFalse    = 'F'
	tagEllipsis = 'E'
	tagInt      = 'i'
	tagBigInt   = 'I'
	tagFloat    = 'f'
	tagStr      = 's'
	tagBytes    = 'b'
	tagTuple    = 't'
	tagFrozen   = 'z' // a frozenset: its items in iteration order
	tagCode     = 'c'
)

// EncodeCode serialises code and the code objects nested in it. It fails
// on a constant of a type the format does not know.
func EncodeCode(code *Code) ([]byte, error) {
	e := encoder{buf: make([]byte, codeCacheHeaderLen, 4096)}
	e.code(code)
	if e.err != nil {
		return nil, e.err
	}
	return sealCacheFile(e.buf), nil
}

// sealCacheFile fills in the header of data, a file whose payload follows
// the header's space, and returns data.
func sealCacheFile(data []byte) []byte {
	copy(data, codeCacheMagic)
	payload := data[codeCacheHeaderLen:]
	h := data[len(codeCacheMagic):]
	binary.LittleEndian.PutUint32(h[0:], codeCacheFormat)
	binary.LittleEndian.PutUint32(h[4:], crc32.ChecksumIEEE(payload))
	binary.LittleEndian.PutUint32(h[8:], uint32(len(payload)))
	return data
}

// DecodeCode is the inverse of EncodeCode. Any damage to data (a short
// file, a wrong version, a flipped bit) is an error, never a panic.
func DecodeCode(data []byte) (*Code, error) {
	if len(data) < codeCacheHeaderLen || string(data[:len(codeCacheMagic)]) != codeCacheMagic {
		return nil, errBadCache
	}
	h := data[len(codeCacheMagic):]
	payload := data[codeCacheHeaderLen:]
	if binary.LittleEndian.Uint32(h[0:]) != codeCacheFormat ||
		binary.LittleEndian.Uint32(h[8:]) != uint32(len(payload)) ||
		binary.LittleEndian.Uint32(h[4:]) != crc32.ChecksumIEEE(payload) {
		return nil, errBadCache
	}
	// Decoding from a string lets every decoded name share its memory
	// instead of allocating one copy per string.
	d := decoder{data: string(payload)}
	code := d.code(0)
	if d.err == nil && d.pos != len(d.data) {
		d.err = errBadCache
	}
	if d.err != nil {
		return nil, d.err
	}
	return code, nil
}

type encoder struct {
	buf []byte
	err error
}

func (e *encoder) uint(n uint64) { e.buf = binary.AppendUvarint(e.buf, n) }
func (e *encoder) int(n int64)   { e.buf = binary.AppendVarint(e.buf, n) }

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) code(c *Code) {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	e.int(int64(c.FirstLine))
	e.uint(uint64(c.Flags))
	e.uint(uint64(c.ArgCount))
	e.uint(uint64(c.PosOnlyCount))
	e.uint(uint64(c.KwOnlyCount))
	e.uint(uint64(len(c.Instrs)))
	for _, in := range c.Instrs {
		e.uint(uint64(in))
	}
	// Lines are nearly sorted: their deltas are one byte each.
	e.uint(uint64(len(c.Lines)))
	prev := int32(c.FirstLine)
	for _, l := range c.Lines {
		e.int(int64(l - prev))
		prev = l
	}
	e.uint(uint64(len(c.Consts)))
	for _, v := range c.Consts {
		e.value(v)
	}
	e.strs(c.Names)
	e.strs(c.VarNames)
	e.strs(c.CellVars)
	e.strs(c.FreeVars)
	e.uint(uint64(len(c.CellArgs)))
	for _, a := range c.CellArgs {
		e.int(int64(a))
	}
	e.uint(uint64(len(c.Handlers)))
	for _, h := range c.Handlers {
		e.uint(uint64(h.Start))
		e.uint(uint64(h.End))
		e.uint(uint64(h.Target))
		e.uint(uint64(h.Depth))
	}
	e.uint(uint64(c.StackSize))
	e.value(c.Doc)
}

func (e *encoder) value(v runtime.Value) {
	switch {
	case v.IsNone():
		e.buf = append(e.buf, tagNone)
		return
	case v.IsBool():
		if v.AsBool() {
			e.buf = append(e.buf, tagTrue)
		} else {
			e.buf = append(e.buf, tagFalse)
		}
		return
	case v.IsInt():
		e.buf = append(e.buf, tagInt)
		e.int(v.AsInt())
		return
	case v.IsFloat():
		e.buf = append(e.buf, tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v.AsFloat()))
		return
	case !v.IsObject():
		e.fail(v)
		return
	}
	switch o := v.Object().(type) {
	case *Code:
		e.buf = append(e.buf, tagCode)
		e.code(o)
	case *runtime.BigInt:
		b := o.Big()
		e.buf = append(e.buf, tagBigInt, byte(b.Sign()+1))
		mag := b.Bytes()
		e.uint(uint64(len(mag)))
		e.buf = append(e.buf, mag...)
	default:
		switch v.Type() {
		case runtime.StrType:
			s, _ := runtime.AsStr(v)
			e.buf = append(e.buf, tagStr)
			e.str(s)
		case runtime.BytesType:
			b, _ := runtime.AsBytes(v)
			e.buf = append(e.buf, tagBytes)
			e.str(string(b))
		case runtime.TupleType:
			tup, _ := runtime.AsTuple(v)
			e.buf = append(e.buf, tagTuple)
			e.uint(uint64(len(tup.Items())))
			for _, x := range tup.Items() {
				e.value(x)
			}
		case runtime.FrozenSetType:
			size, slots, items := o.(*runtime.Set).Layout()
			e.buf = append(e.buf, tagFrozen)
			e.uint(uint64(size))
			e.uint(uint64(len(items)))
			for i, x := range items {
				e.uint(uint64(slots[i]))
				e.value(x)
			}
		case runtime.EllipsisType:
			e.buf = append(e.buf, tagEllipsis)
		default:
			e.fail(v)
		}
	}
}

func (e *encoder) fail(v runtime.Value) {
	if e.err == nil {
		e.err = fmt.Errorf("code cache: cannot encode a constant of type %s", v.Type().Name)
	}
}

// decoder reads a payload; after the first error every read returns zero
// values and the error sticks.
type decoder struct {
	data string
	pos  int
	err  error
}

// maxCodeDepth bounds the nesting of code objects and tuples, so that a
// damaged file cannot exhaust the Go stack.
const maxCodeDepth = 200

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	var n uint64
	var shift uint
	for i := d.pos; i < len(d.data) && shift < 64; i++ {
		b := d.data[i]
		n |= uint64(b&0x7f) << shift
		if b < 0x80 {
			d.pos = i + 1
			return n
		}
		shift += 7
	}
	d.err = errBadCache
	return 0
}

func (d *decoder) int() int64 {
	u := d.uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return n
}

// count reads a length, checking that at least perItem bytes per item remain
// (a damaged length must not make a huge allocation).
func (d *decoder) count(perItem int) int {
	n := d.uint()
	if d.err == nil && n > uint64(len(d.data)-d.pos)/uint64(max(perItem, 1)) {
		d.err = errBadCache
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

// small reads a non-negative count or index that must fit in an int32.
func (d *decoder) small() int {
	n := d.uint()
	if n > math.MaxInt32 {
		d.err = errBadCache
		return 0
	}
	return int(n)
}

func (d *decoder) byte() byte {
	if d.err != nil || d.pos >= len(d.data) {
		d.err = errBadCache
		return 0
	}
	b := d.data[d.pos]
	d.pos++
	return b
}

func (d *decoder) str() string {
	n := d.count(1)
	s := d.data[d.pos : d.pos+n]
	d.pos += n
	return s
}

func (d *decoder) strs() []string {
	n := d.count(1)
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) code(depth int) *Code {
	if depth > maxCodeDepth {
		d.err = errBadCache
		return nil
	}
	c := &Code{
		Name:         d.str(),
		QualName:     d.str(),
		Filename:     d.str(),
		FirstLine:    int(d.int()),
		Flags:        CodeFlags(d.uint()),
		ArgCount:     d.small(),
		PosOnlyCount: d.small(),
		KwOnlyCount:  d.small(),
	}
	if n := d.count(1); n > 0 {
		c.Instrs = make([]uint32, n)
		for i := range c.Instrs {
			c.Instrs[i] = uint32(d.uint())
		}
	}
	if n := d.count(1); n > 0 {
		c.Lines = make([]int32, n)
		prev := int32(c.FirstLine)
		for i := range c.Lines {
			prev += int32(d.int())
			c.Lines[i] = prev
		}
	}
	if n := d.count(1); n > 0 {
		c.Consts = make([]runtime.Value, n)
		for i := range c.Consts {
			c.Consts[i] = d.value(depth)
		}
	}
	c.Names = d.strs()
	c.VarNames = d.strs()
	c.CellVars = d.strs()
	c.FreeVars = d.strs()
	if n := d.count(1); n > 0 {
		c.CellArgs = make([]int, n)
		for i := range c.CellArgs {
			c.CellArgs[i] = int(d.int())
		}
	}
	if n := d.count(4); n > 0 {
		c.Handlers = make([]Handler, n)
		for i := range c.Handlers {
			c.Handlers[i] = Handler{Start: d.small(), End: d.small(), Target: d.small(), Depth: d.small()}
		}
	}
	c.StackSize = d.small()
	c.Doc = d.value(depth)
	if d.err != nil {
		return nil
	}
	// As the assembler does: module bodies get no LOAD_GLOBAL cache.
	if c.Flags&FlagModule == 0 {
		c.globalCache = make([]globalSlot, len(c.Names))
	}
	return c
}

func (d *decoder) value(depth int) runtime.Value {
	switch tag := d.byte(); tag {
	case tagNone:
		return runtime.None
	case tagTrue:
		return runtime.True
	case tagFalse:
		return runtime.False
	case tagEllipsis:
		return runtime.Ellipsis
	case tagInt:
		return runtime.Int(d.int())
	case tagBigInt:
		sign := int(d.byte()) - 1
		mag := new(big.Int).SetBytes([]byte(d.str()))
		if sign < 0 {
			mag.Neg(mag)
		}
		return runtime.NewBigInt(mag)
	case tagFloat:
		if d.err != nil || len(d.data)-d.pos < 8 {
			d.err = errBadCache
			return runtime.None
		}
		bits := binary.LittleEndian.Uint64([]byte(d.data[d.pos : d.pos+8]))
		d.pos += 8
		return runtime.Float(math.Float64frombits(bits))
	case tagStr:
		return runtime.NewStr(d.str())
	case tagBytes:
		return runtime.NewBytes([]byte(d.str()))
	case tagTuple:
		if depth > maxCodeDepth {
			d.err = errBadCache
			return runtime.None
		}
		n := d.count(1)
		items := make([]runtime.Value, n)
		for i := range items {
			items[i] = d.value(depth + 1)
		}
		return runtime.NewTuple(items)
	case tagFrozen:
		if depth > maxCodeDepth {
			d.err = errBadCache
			return runtime.None
		}
		size := int(d.uint())
		n := d.count(2)
		items := make([]runtime.Value, n)
		slots := make([]int, n)
		for i := range items {
			slots[i] = int(d.uint())
			items[i] = d.value(depth + 1)
		}
		if d.err != nil {
			return runtime.None
		}
		// The same table as the compiler's, so the same iteration
		// order; the items are literals, hashable without user code.
		fs, err := runtime.NewFrozenSetLayout(nil, size, slots, items)
		if err != nil {
			d.err = errBadCache
			return runtime.None
		}
		return runtime.Obj(fs)
	case tagCode:
		if c := d.code(depth + 1); c != nil {
			return runtime.Obj(c)
		}
	default:
		d.err = errBadCache
	}
	return runtime.None
}

// errBadCache reports a cache file that cannot be decoded.
var errBadCache = errors.New("corrupt code cache")
