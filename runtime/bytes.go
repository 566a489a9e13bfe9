package runtime

import (
	"bytes"
	"encoding/hex"
	"sync/atomic"
)

// Bytes is a Python bytes object: an immutable byte string.
type Bytes struct {
	b []byte // never modified after creation
}

// Type implements Object.
func (b *Bytes) Type() *Type { return BytesType }

// NewBytes returns the Python bytes b (it takes ownership of b).
func NewBytes(b []byte) Value { return Obj(&Bytes{b: b}) }

// AsBytes returns the content of a bytes value (do not modify it); ok is
// false for other types.
func AsBytes(v Value) ([]byte, bool) {
	if b, ok := v.obj.(*Bytes); ok {
		return b.b, true
	}
	return nil, false
}

func init() {
	t := BytesType
	t.New = bytesNew
	t.Repr = func(_ *Thread, v Value) (string, error) { return BytesRepr(v.obj.(*Bytes).b), nil }
	t.Hash = func(_ *Thread, v Value) (int64, error) { return HashString(string(v.obj.(*Bytes).b)), nil }
	t.Compare = func(_ *Thread, a, b Value, op CompareOp) (Value, error) {
		bb, ok := b.obj.(*Bytes)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(compareResult(bytes.Compare(a.obj.(*Bytes).b, bb.b), op)), nil
	}
	t.Len = func(_ *Thread, v Value) (int, error) { return len(v.obj.(*Bytes).b), nil }
	t.Binary[OpMod] = bytesPercent
	t.Concat = func(_ *Thread, a, b Value) (Value, error) {
		bb, ok := b.obj.(*Bytes)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to bytes", b.Type().Name)
		}
		ab := a.obj.(*Bytes).b
		out := make([]byte, 0, len(ab)+len(bb.b))
		return NewBytes(append(append(out, ab...), bb.b...)), nil
	}
	t.Repeat = func(_ *Thread, a Value, n int) (Value, error) {
		ab := a.obj.(*Bytes).b
		if n <= 0 || len(ab) == 0 {
			return NewBytes(nil), nil
		}
		if len(ab) > maxSeqBytes/n {
			return Value{}, NewException(MemoryErrorType)
		}
		return NewBytes(bytes.Repeat(ab, n)), nil
	}
	t.Contains = bytesContains
	t.GetItem = bytesGetItem
	t.Iter = func(_ *Thread, v Value) (Value, error) { return Obj(&bytesIterator{b: v.obj.(*Bytes).b}), nil }
	addBytesMethods(t)

	BytesIteratorType.Iter = func(_ *Thread, v Value) (Value, error) { return v, nil }
	BytesIteratorType.Next = func(_ *Thread, v Value) (Value, bool, error) {
		it := v.obj.(*bytesIterator)
		i := it.pos.Add(1) - 1
		if i >= int64(len(it.b)) {
			it.pos.Store(int64(len(it.b)))
			return Value{}, false, nil
		}
		return Int(int64(it.b[i])), true, nil
	}
}

// bytesNew is bytes(), bytes(n), bytes(iterable of ints), bytes(bytes),
// bytes(str, encoding[, errors]).
func bytesNew(t *Thread, _ *Type, args []Value, kwargs []Kwarg) (Value, error) {
	var src, encoding, errors Value
	if err := UnpackArgs("bytes", args, kwargs, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
		return Value{}, err
	}
	if src.IsNull() {
		return NewBytes(nil), nil
	}
	if s := asStrObj(src); s != nil {
		if encoding.IsNull() {
			return Value{}, Errorf(TypeErrorType, "string argument without an encoding")
		}
		enc, err := strArg("bytes", "encoding", encoding)
		if err != nil {
			return Value{}, err
		}
		errs := "strict"
		if !errors.IsNull() {
			if errs, err = strArg("bytes", "errors", errors); err != nil {
				return Value{}, err
			}
		}
		return encodeStr(s, enc, errs)
	}
	if !encoding.IsNull() {
		return Value{}, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if !errors.IsNull() {
		return Value{}, Errorf(TypeErrorType, "errors without a string argument")
	}
	if b, ok := AsBytes(src); ok {
		return NewBytes(append([]byte(nil), b...)), nil
	}
	if n, ok := IndexValue(src); ok {
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "negative count")
		}
		if n > maxSeqBytes {
			return Value{}, NewException(MemoryErrorType)
		}
		return NewBytes(make([]byte, n)), nil
	}
	if src.Type().Iter == nil || src.IsFloat() {
		return Value{}, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", src.Type().Name)
	}
	it, err := Iter(t, src)
	if err != nil {
		return Value{}, err
	}
	var out []byte
	for {
		item, ok, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return NewBytes(out), nil
		}
		n, err := AsIndex(t, item)
		if err != nil {
			return Value{}, err
		}
		if n < 0 || n > 255 {
			return Value{}, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
	}
}

// strArg checks that a named argument is a str.
func strArg(fname, arg string, v Value) (string, error) {
	s, ok := AsStr(v)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, arg, v.Type().Name)
	}
	return s, nil
}

func bytesContains(t *Thread, v, x Value) (bool, error) {
	b := v.obj.(*Bytes).b
	if sub, ok := AsBytes(x); ok {
		return bytes.Contains(b, sub), nil
	}
	if IsIntegral(x) {
		n, err := AsIndex(t, x)
		if err != nil || n < 0 || n > 255 {
			return false, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(n)) >= 0, nil
	}
	return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", x.Type().Name)
}

func bytesGetItem(t *Thread, v, key Value) (Value, error) {
	b := v.obj.(*Bytes).b
	if key.IsInt() || key.IsBool() {
		i := key.AsInt()
		if i < 0 {
			i += int64(len(b))
		}
		if i < 0 || i >= int64(len(b)) {
			return Value{}, Errorf(IndexErrorType, "index out of range")
		}
		return Int(int64(b[i])), nil
	}
	if sl, ok := key.obj.(*Slice); ok {
		start, _, step, count, err := sliceBounds(t, sl, len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, 0, max(count, 0))
		for i, k := start, 0; k < count; i, k = i+step, k+1 {
			out = append(out, b[i])
		}
		return NewBytes(out), nil
	}
	if _, ok := key.obj.(*BigInt); ok {
		return Value{}, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if i, ok, err := indexDunder(t, key); ok || err != nil {
		if err != nil {
			return Value{}, err
		}
		return bytesGetItem(t, v, Int(i))
	}
	return Value{}, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", key.Type().Name)
}

// bytesIterator iterates over the ints of a bytes object.
type bytesIterator struct {
	b   []byte
	pos atomic.Int64
}

// BytesIteratorType is the type of iter(b'...').
var BytesIteratorType = NewBuiltinType("bytes_iterator", ObjectType)

func (*bytesIterator) Type() *Type { return BytesIteratorType }

func addBytesMethods(t *Type) {
	t.AddMethod("decode", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		encoding, errors := NewStr("utf-8"), NewStr("strict")
		if err := UnpackArgs("decode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
			return Value{}, err
		}
		enc, err := strArg("decode", "encoding", encoding)
		if err != nil {
			return Value{}, err
		}
		errs, err := strArg("decode", "errors", errors)
		if err != nil {
			return Value{}, err
		}
		return decodeBytes(self.obj.(*Bytes).b, enc, errs)
	})
	t.AddMethod("hex", func(_ *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
		if err := noArgs("hex", args, kwargs); err != nil {
			return Value{}, err
		}
		return NewStr(hex.EncodeToString(self.obj.(*Bytes).b)), nil
	})
	addBytesTextMethods(t)
}
