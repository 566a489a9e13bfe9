package runtime

import (
	"math"
	"math/big"
)

// BigInt is a Python int that does not fit in int64. It is always
// normalised: every operation returns an inline Int when the result fits, so
// a BigInt value is never in int64 range and two equal ints always have the
// same representation. The big.Int is never modified after creation.
type BigInt struct {
	v *big.Int
}

// Type implements Object: a big int is an int.
func (b *BigInt) Type() *Type { return IntType }

// Big returns the value (do not modify it).
func (b *BigInt) Big() *big.Int { return b.v }

// NewBigInt returns x as a Python int: inline when it fits in int64. It takes
// ownership of x.
func NewBigInt(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return Obj(&BigInt{v: x})
}

// IsIntegral reports whether v is an int of any size or a bool.
func IsIntegral(v Value) bool {
	if v.IsInt() || v.IsBool() {
		return true
	}
	_, ok := v.obj.(*BigInt)
	return ok
}

// toBig returns an integral value as a big.Int (a fresh one for inline
// values; the shared one for a BigInt, which must not be modified).
func toBig(v Value) (*big.Int, bool) {
	if v.IsInt() || v.IsBool() {
		return big.NewInt(v.AsInt()), true
	}
	if b, ok := v.obj.(*BigInt); ok {
		return b.v, true
	}
	return nil, false
}

// maxStrDigits is CPython's default sys.get_int_max_str_digits(): decimal
// conversion of longer ints raises ValueError (CVE-2020-10735 mitigation).
const maxStrDigits = 4300

// bigDecimal is str() of a big int, with CPython's digit limit.
func bigDecimal(x *big.Int) (string, error) {
	// A quick bound first: bits*log10(2) digits, so huge values are refused
	// without converting them.
	if x.BitLen() > maxStrDigits*3322/1000+8 {
		return "", errStrDigits()
	}
	s := x.String()
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if n > maxStrDigits {
		return "", errStrDigits()
	}
	return s, nil
}

func errStrDigits() error {
	return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
}

// bigToFloat converts to the nearest float (ties to even), with CPython's
// OverflowError.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// bigBinary evaluates an integer operator on arbitrary-size operands.
func bigBinary(op BinaryOp, x, y *big.Int) (Value, error) {
	switch op {
	case OpAdd:
		return NewBigInt(new(big.Int).Add(x, y)), nil
	case OpSub:
		return NewBigInt(new(big.Int).Sub(x, y)), nil
	case OpMul:
		return NewBigInt(new(big.Int).Mul(x, y)), nil
	case OpTrueDiv:
		return bigTrueDiv(x, y)
	case OpFloorDiv:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, _ := bigFloorDivMod(x, y)
		return NewBigInt(q), nil
	case OpMod:
		if y.Sign() == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
		}
		_, m := bigFloorDivMod(x, y)
		return NewBigInt(m), nil
	case OpPow:
		return bigPow(x, y)
	case OpLShift:
		return bigShift(x, y, true)
	case OpRShift:
		return bigShift(x, y, false)
	case OpAnd:
		return NewBigInt(new(big.Int).And(x, y)), nil
	case OpOr:
		return NewBigInt(new(big.Int).Or(x, y)), nil
	case OpXor:
		return NewBigInt(new(big.Int).Xor(x, y)), nil
	}
	return NotImplemented, nil
}

// bigFloorDivMod is Python's divmod: the quotient rounded toward minus
// infinity and a remainder with the sign of the divisor (y != 0).
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

// bigTrueDiv is x / y correctly rounded, as CPython's long_true_divide.
func bigTrueDiv(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1) // 0 / -5 is -0.0
	}
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// bigPow is x ** y for ints; a negative exponent gives a float.
func bigPow(x, y *big.Int) (Value, error) {
	if y.Sign() < 0 {
		fx, err := bigToFloat(x)
		if err != nil {
			return Value{}, err
		}
		fy, err := bigToFloat(y)
		if err != nil {
			return Value{}, err
		}
		return floatPow(fx, fy)
	}
	// Results whose size is obviously absurd are refused up front, as
	// CPython would eventually fail with MemoryError.
	if x.CmpAbs(big.NewInt(1)) > 0 {
		if !y.IsInt64() || float64(x.BitLen()-1)*float64(y.Int64()) > maxIntBits {
			return Value{}, NewException(MemoryErrorType)
		}
	}
	return NewBigInt(new(big.Int).Exp(x, y, nil)), nil
}

// maxIntBits bounds the size of ints built by ** and <<.
const maxIntBits = 1 << 36

// bigShift is x << y or x >> y.
func bigShift(x, y *big.Int, left bool) (Value, error) {
	if y.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "negative shift count")
	}
	if !left {
		if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return NewBigInt(new(big.Int).Rsh(x, uint(y.Int64()))), nil
	}
	if x.Sign() == 0 {
		return Int(0), nil
	}
	if !y.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "too many digits in integer")
	}
	if y.Int64()+int64(x.BitLen()) > maxIntBits {
		return Value{}, NewException(MemoryErrorType)
	}
	return NewBigInt(new(big.Int).Lsh(x, uint(y.Int64()))), nil
}

// bigPowMod is pow(x, y, m) for ints (m != 0), with CPython's modular
// inverse for negative exponents.
func bigPowMod(x, y, m *big.Int) (Value, error) {
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	neg := m.Sign() < 0
	mod := new(big.Int).Abs(m)
	base := new(big.Int).Mod(x, mod)
	exp := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mod)
		if inv == nil {
			return Value{}, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(base, exp, mod)
	if mod.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if neg && r.Sign() != 0 {
		r.Sub(r, mod) // the result takes the sign of the modulus
	}
	return NewBigInt(r), nil
}
