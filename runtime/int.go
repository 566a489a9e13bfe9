package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// The int type: inline int64 values (Value.IsInt) and *BigInt past that.
// Every slot accepts both representations; the inline case is tested first
// and never allocates.

func init() {
	t := IntType
	t.New = intNew
	t.Repr = intRepr
	t.Hash = intHash
	t.Compare = numCompare
	t.Bool = func(_ *Thread, v Value) (bool, error) { return !((v.IsInt() || v.IsBool()) && v.AsInt() == 0), nil }
	for op := BinaryOp(0); op < numBinaryOps; op++ {
		if op != OpMatMul {
			t.Binary[op] = numBinarySlot(op)
		}
	}
	t.Unary[OpNeg] = intNeg
	t.Unary[OpPos] = intPos
	t.Unary[OpInvert] = intInvert
	addIntMethods(t)
	initBoolType()
	addSlotMethods(t)
	addSlotMethods(BoolType)
}

// intRepr is repr(int) (and str(int)).
func intRepr(_ *Thread, v Value) (string, error) {
	if v.IsInt() {
		return strconv.FormatInt(v.AsInt(), 10), nil
	}
	if v.IsBool() {
		return strconv.FormatInt(v.AsInt(), 10), nil
	}
	return bigDecimal(v.obj.(*BigInt).v)
}

func intHash(_ *Thread, v Value) (int64, error) {
	if v.IsInt() || v.IsBool() {
		return hashInt64(v.AsInt()), nil
	}
	return hashBig(v.obj.(*BigInt).v), nil
}

func intNeg(_ *Thread, v Value) (Value, error) {
	if v.IsInt() || v.IsBool() {
		i := v.AsInt()
		if i != math.MinInt64 {
			return Int(-i), nil
		}
	}
	x, _ := toBig(v)
	return NewBigInt(new(big.Int).Neg(x)), nil
}

func intPos(_ *Thread, v Value) (Value, error) {
	if v.IsBool() {
		return Int(v.AsInt()), nil
	}
	return v, nil
}

func intInvert(_ *Thread, v Value) (Value, error) {
	if v.IsInt() || v.IsBool() {
		return Int(^v.AsInt()), nil
	}
	return NewBigInt(new(big.Int).Not(v.obj.(*BigInt).v)), nil
}

// intAbs is abs() of an int.
func intAbs(v Value) Value {
	if v.IsInt() || v.IsBool() {
		i := v.AsInt()
		if i >= 0 {
			return Int(i)
		}
		if i != math.MinInt64 {
			return Int(-i)
		}
	}
	x, _ := toBig(v)
	return NewBigInt(new(big.Int).Abs(x))
}

// smallIntBinary evaluates x op y for two int64 operands, promoting to a big
// int on overflow. Only the overflow paths allocate.
func smallIntBinary(op BinaryOp, x, y int64) (Value, error) {
	switch op {
	case OpAdd:
		s := x + y
		if (s^x)&(s^y) < 0 {
			break
		}
		return Int(s), nil
	case OpSub:
		d := x - y
		if (x^y)&(d^x) < 0 {
			break
		}
		return Int(d), nil
	case OpMul:
		if p, ok := mulInt64(x, y); ok {
			return Int(p), nil
		}
	case OpTrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		const exact = 1 << 53
		if x <= exact && x >= -exact && y <= exact && y >= -exact {
			return Float(float64(x) / float64(y)), nil
		}
	case OpFloorDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			break
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return Int(q), nil
	case OpMod:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		if y == -1 {
			return Int(0), nil
		}
		r := x % y
		if r != 0 && (r < 0) != (y < 0) {
			r += y
		}
		return Int(r), nil
	case OpPow:
		if y < 0 {
			return floatPow(float64(x), float64(y))
		}
		if p, ok := powInt64(x, y); ok {
			return Int(p), nil
		}
	case OpLShift:
		if y < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if x == 0 {
			return Int(0), nil
		}
		if y < 63 {
			if r := x << uint(y); r>>uint(y) == x {
				return Int(r), nil
			}
		}
	case OpRShift:
		if y < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> uint(y)), nil
	case OpAnd:
		return Int(x & y), nil
	case OpOr:
		return Int(x | y), nil
	case OpXor:
		return Int(x ^ y), nil
	default:
		return NotImplemented, nil
	}
	return bigBinary(op, big.NewInt(x), big.NewInt(y))
}

// mulInt64 returns x*y and whether it fits in int64.
func mulInt64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := absUint64(x), absUint64(y)
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true // -(1<<63) wraps to MinInt64, which is right
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func absUint64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // MinInt64 wraps to 1<<63, its magnitude
	}
	return uint64(x)
}

// powInt64 returns x**y (y >= 0) and whether it fits in int64.
func powInt64(x, y int64) (int64, bool) {
	result := int64(1)
	for {
		if y&1 != 0 {
			r, ok := mulInt64(result, x)
			if !ok {
				return 0, false
			}
			result = r
		}
		y >>= 1
		if y == 0 {
			return result, true
		}
		sq, ok := mulInt64(x, x)
		if !ok {
			return 0, false
		}
		x = sq
	}
}

// AsIndex is operator.index(v): the int value of an int, bool or object
// with __index__, as an int64. A big int raises CPython's OverflowError.
func AsIndex(t *Thread, v Value) (int64, error) {
	if v.IsInt() || v.IsBool() {
		return v.AsInt(), nil
	}
	if _, ok := v.obj.(*BigInt); ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	i, ok, err := indexDunder(t, v)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	return i, nil
}

// IndexValue converts an int or bool to an int for indexing and repetition;
// ok is false for other types (a big int never fits).
func IndexValue(v Value) (int, bool) {
	if v.IsInt() || v.IsBool() {
		return int(v.AsInt()), true
	}
	return 0, false
}

// indexDunder calls a user type's __index__; ok is false when the type has
// none. Built-in non-int types never have one.
func indexDunder(t *Thread, v Value) (int64, bool, error) {
	if !v.IsObject() || v.Type().Module == "builtins" {
		return 0, false, nil
	}
	fn, found := v.Type().Lookup("__index__")
	if !found {
		return 0, false, nil
	}
	r, err := Call(t, fn, []Value{v}, nil)
	if err != nil {
		return 0, true, err
	}
	if !IsIntegral(r) {
		return 0, true, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	i, err := AsIndex(t, r)
	return i, true, err
}

// intToFloat converts any int to a float (OverflowError when too large).
func intToFloat(v Value) (float64, error) {
	if v.IsInt() || v.IsBool() {
		return float64(v.AsInt()), nil
	}
	return bigToFloat(v.obj.(*BigInt).v)
}
