package runtime

import "math/big"

// int.to_bytes and int.from_bytes: an int as a fixed-size two's-complement
// (signed) or unsigned byte string, big- or little-endian, as in CPython.

func init() {
	IntType.AddMethod("to_bytes", intToBytes)
	// from_bytes is a classmethod; a plain built-in function does not bind,
	// so int.from_bytes and (5).from_bytes both reach it unchanged.
	IntType.Dict.SetStr("from_bytes", Obj(&Builtin{Name: "from_bytes", Fn: intFromBytes}))
}

// byteOrderArg checks the byteorder argument: true for "little".
func byteOrderArg(v Value) (bool, error) {
	s, ok := AsStr(v)
	if !ok {
		return false, Errorf(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(v))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func intToBytes(t *Thread, self Value, args []Value, kwargs []Kwarg) (Value, error) {
	length, order, signed := Int(1), NewStr("big"), False
	if err := UnpackArgs("to_bytes", args, kwargs, "length?", &length, "byteorder?", &order, "signed?", &signed); err != nil {
		return Value{}, err
	}
	if !length.IsInt() {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(length))
	}
	n := length.AsInt()
	if n < 0 {
		return Value{}, Errorf(ValueErrorType, "length argument must be non-negative")
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return Value{}, err
	}
	isSigned, err := Truth(t, signed)
	if err != nil {
		return Value{}, err
	}
	x, _ := toBig(self)
	if x.Sign() < 0 && !isSigned {
		return Value{}, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// Two's complement of a negative x in n bytes is x + 256**n.
	v := new(big.Int).Set(x)
	limit := new(big.Int).Lsh(big.NewInt(1), uint(8*n))
	if x.Sign() < 0 {
		v.Add(v, limit)
	}
	tooBig := v.Sign() < 0 || v.Cmp(limit) >= 0
	if isSigned && !tooBig && n > 0 {
		// The sign bit must agree with the sign of x.
		half := new(big.Int).Rsh(limit, 1)
		tooBig = (x.Sign() >= 0) == (v.Cmp(half) >= 0)
	} else if isSigned && n == 0 {
		tooBig = x.Sign() != 0
	}
	if tooBig {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := v.FillBytes(make([]byte, n))
	if little {
		reverseBytes(out)
	}
	return NewBytes(out), nil
}

func intFromBytes(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var data Value
	order, signed := NewStr("big"), False
	if err := UnpackArgs("from_bytes", args, kwargs, "bytes", &data, "byteorder?", &order, "signed?", &signed); err != nil {
		return Value{}, err
	}
	little, err := byteOrderArg(order)
	if err != nil {
		return Value{}, err
	}
	isSigned, err := Truth(t, signed)
	if err != nil {
		return Value{}, err
	}
	b, ok := AsBytes(data)
	if ok {
		b = append([]byte(nil), b...)
	} else {
		if _, isStr := AsStr(data); isStr {
			return Value{}, Errorf(TypeErrorType, "cannot convert 'str' object to bytes")
		}
		items, err := sequenceItems(t, data)
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeName(data))
		}
		for _, it := range items {
			if !it.IsInt() {
				return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(it))
			}
			if c := it.AsInt(); c < 0 || c > 255 {
				return Value{}, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(it.AsInt()))
		}
	}
	if little {
		reverseBytes(b)
	}
	x := new(big.Int).SetBytes(b)
	if isSigned && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	return NewBigInt(x), nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}
