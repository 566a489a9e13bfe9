package runtime

import (
	"math"
	"math/big"
)

// The integer functions of the math module: gcd, lcm, factorial, comb,
// perm and isqrt, on ints of any size.

func addMathIntFuncs(m *Module) {
	m.AddFunc("gcd", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return mathFoldInts(t, "gcd", args, kwargs, 0, func(a, b *big.Int) *big.Int {
			return new(big.Int).GCD(nil, nil, a, b)
		})
	})
	m.AddFunc("lcm", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return mathFoldInts(t, "lcm", args, kwargs, 1, func(a, b *big.Int) *big.Int {
			if a.Sign() == 0 || b.Sign() == 0 {
				return new(big.Int)
			}
			g := new(big.Int).GCD(nil, nil, a, b)
			return new(big.Int).Mul(new(big.Int).Quo(a, g), b)
		})
	})
	m.AddFunc("factorial", oneArg("factorial", mathFactorial))
	m.AddFunc("isqrt", oneArg("isqrt", mathIsqrt))
	m.AddFunc("comb", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return mathCombPerm(t, "comb", args, kwargs)
	})
	m.AddFunc("perm", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return mathCombPerm(t, "perm", args, kwargs)
	})
}

// bigIndexArg converts an argument with __index__ semantics to a big.Int
// (a copy that may be modified).
func bigIndexArg(t *Thread, v Value) (*big.Int, error) {
	i, err := indexInt(t, v)
	if err != nil {
		return nil, err
	}
	b, _ := toBig(i)
	return new(big.Int).Set(b), nil
}

// mathFoldInts folds gcd or lcm over the absolute values of the arguments.
func mathFoldInts(t *Thread, name string, args []Value, kwargs []Kwarg, empty int64, fn func(a, b *big.Int) *big.Int) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	acc := big.NewInt(empty)
	for i, a := range args {
		b, err := bigIndexArg(t, a)
		if err != nil {
			return Value{}, err
		}
		b.Abs(b)
		if i == 0 {
			acc = b
		} else {
			acc = fn(acc, b)
		}
	}
	return NewBigInt(acc), nil
}

func mathFactorial(t *Thread, v Value) (Value, error) {
	if v.IsFloat() {
		return Value{}, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := bigIndexArg(t, v)
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	if n.Int64() > 1<<22 {
		return Value{}, NewException(MemoryErrorType)
	}
	return NewBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathIsqrt(t *Thread, v Value) (Value, error) {
	n, err := bigIndexArg(t, v)
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return NewBigInt(n.Sqrt(n)), nil
}

// mathCombPerm is comb(n, k) and perm(n, k=None).
func mathCombPerm(t *Thread, name string, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if name == "perm" && len(args) == 1 {
		return mathFactorial(t, args[0])
	}
	if len(args) != 2 {
		if name == "perm" {
			return Value{}, Errorf(TypeErrorType, "perm expected at most 2 arguments, got %d", len(args))
		}
		return Value{}, Errorf(TypeErrorType, "comb expected 2 arguments, got %d", len(args))
	}
	n, err := bigIndexArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if name == "perm" && args[1].IsNone() {
		return mathFactorial(t, args[0])
	}
	k, err := bigIndexArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if n.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return Value{}, Errorf(ValueErrorType, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return Int(0), nil
	}
	if name == "comb" {
		// comb(n, k) == comb(n, n-k): use the smaller one.
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
	}
	if !k.IsInt64() {
		return Value{}, Errorf(OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if k.Int64() > 1<<22 {
		return Value{}, NewException(MemoryErrorType)
	}
	// n * (n-1) * ... * (n-k+1), divided by k! for comb.
	result := big.NewInt(1)
	term := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k.Int64(); i++ {
		result.Mul(result, term)
		term.Sub(term, one)
	}
	if name == "comb" {
		result.Quo(result, new(big.Int).MulRange(1, k.Int64()))
	}
	return NewBigInt(result), nil
}
