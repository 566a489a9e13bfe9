package runtime

// The numeric built-ins: argument checking here, arithmetic in the number
// files (RoundValue, DivmodValues, ...).

func builtinAbs(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkOneArg("abs", args, kwargs); err != nil {
		return Value{}, err
	}
	return AbsValue(t, args[0])
}

func builtinDivmod(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if err := checkPositional("divmod", args, kwargs, 2, 2); err != nil {
		return Value{}, err
	}
	return DivmodValues(t, args[0], args[1])
}

func builtinPow(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return Value{}, err
	}
	return PowValues(t, base, exp, mod)
}

func builtinRound(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var number, ndigits Value
	if err := UnpackArgs("round", args, kwargs, "number", &number, "ndigits?", &ndigits); err != nil {
		return Value{}, err
	}
	return RoundValue(t, number, ndigits)
}

// numberFunc wraps a one-argument numeric built-in (hex, chr, ...).
func numberFunc(name string, fn func(*Thread, Value) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg(name, args, kwargs); err != nil {
			return Value{}, err
		}
		return fn(t, args[0])
	}
}

func builtinSum(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	var iterable Value
	acc := Int(0)
	if err := UnpackArgs("sum", args, kwargs, "iterable", &iterable, "start?", &acc); err != nil {
		return Value{}, err
	}
	switch acc.Type() {
	case StrType:
		return Value{}, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case BytesType:
		return Value{}, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	err := forEach(t, iterable, func(x Value) error {
		// Fast paths: machine ints without overflow, floats.
		if acc.IsInt() && x.IsInt() {
			a, b := acc.AsInt(), x.AsInt()
			if s := a + b; (s > a) == (b > 0) {
				acc = Int(s)
				return nil
			}
		} else if acc.IsFloat() && x.IsFloat() {
			acc = Float(acc.AsFloat() + x.AsFloat())
			return nil
		}
		r, err := Binary(t, OpAdd, acc, x)
		acc = r
		return err
	})
	if err != nil {
		return Value{}, err
	}
	return acc, nil
}
