package vm

import (
	"math"

	"minipy/runtime"
)

// The fast paths of BINARY_OP and COMPARE_OP for two inline ints or two
// floats: no allocation and no slot dispatch. Whenever the result would
// not be exact (overflow past int64, division by zero, shifts, powers) they
// report !ok and the runtime's general operation decides, so semantics and
// error messages live in one place.

// smallInt reports whether x fits in 32 bits, so that a product of two
// such ints cannot overflow int64.
func smallInt(x int64) bool { return uint64(x+1<<31) < 1<<32 }

func intBinary(op int, a, b int64) (runtime.Value, bool) {
	if op >= inplaceFlag {
		op -= inplaceFlag // ints are immutable: a += b is a + b
	}
	switch runtime.BinaryOp(op) {
	case runtime.OpAdd:
		r := a + b
		if (a^r)&(b^r) < 0 {
			return runtime.Value{}, false
		}
		return runtime.Int(r), true
	case runtime.OpSub:
		r := a - b
		if (a^b)&(a^r) < 0 {
			return runtime.Value{}, false
		}
		return runtime.Int(r), true
	case runtime.OpMul:
		if smallInt(a) && smallInt(b) {
			return runtime.Int(a * b), true
		}
	case runtime.OpFloorDiv:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			q := a / b
			if a%b != 0 && (a < 0) != (b < 0) {
				q--
			}
			return runtime.Int(q), true
		}
	case runtime.OpMod:
		if b != 0 && !(a == math.MinInt64 && b == -1) {
			m := a % b
			if m != 0 && (m < 0) != (b < 0) {
				m += b
			}
			return runtime.Int(m), true
		}
	case runtime.OpTrueDiv:
		const exact = 1 << 53 // ints converted to float64 exactly
		if b != 0 && -exact <= a && a <= exact && -exact <= b && b <= exact {
			return runtime.Float(float64(a) / float64(b)), true
		}
	case runtime.OpAnd:
		return runtime.Int(a & b), true
	case runtime.OpOr:
		return runtime.Int(a | b), true
	case runtime.OpXor:
		return runtime.Int(a ^ b), true
	}
	return runtime.Value{}, false
}

func floatBinary(op int, a, b float64) (runtime.Value, bool) {
	if op >= inplaceFlag {
		op -= inplaceFlag
	}
	switch runtime.BinaryOp(op) {
	case runtime.OpAdd:
		return runtime.Float(a + b), true
	case runtime.OpSub:
		return runtime.Float(a - b), true
	case runtime.OpMul:
		return runtime.Float(a * b), true
	case runtime.OpTrueDiv:
		if b != 0 {
			return runtime.Float(a / b), true
		}
	}
	return runtime.Value{}, false
}

func intCompare(op runtime.CompareOp, a, b int64) bool {
	switch op {
	case runtime.LT:
		return a < b
	case runtime.LE:
		return a <= b
	case runtime.EQ:
		return a == b
	case runtime.NE:
		return a != b
	case runtime.GT:
		return a > b
	default:
		return a >= b
	}
}

// floatCompare compares as IEEE does, which is Python's float comparison
// (every comparison with a NaN is false except !=).
func floatCompare(op runtime.CompareOp, a, b float64) bool {
	switch op {
	case runtime.LT:
		return a < b
	case runtime.LE:
		return a <= b
	case runtime.EQ:
		return a == b
	case runtime.NE:
		return a != b
	case runtime.GT:
		return a > b
	default:
		return a >= b
	}
}

// checkBreaker handles the eval breaker at a check point: a GIL drop
// request is served (the thread lets a waiter run), a pending Ctrl-C
// becomes KeyboardInterrupt, and the fuzzer's step budget is counted.
//
// The check points are CPython 3.11's: function entry (RESUME), loop
// back-edges (JUMP_BACKWARD) and the return from a call into a built-in.
// Never between a load and a store, so that `counter += 1` cannot be
// interrupted by a thread switch under the GIL, as in CPython.
func checkBreaker(t *runtime.Thread) error {
	if t.Breaker.Load() != 0 {
		if err := t.HandleBreaker(); err != nil {
			return err
		}
	}
	if t.StepLimit > 0 {
		t.Steps++
		if t.Steps > t.StepLimit {
			return runtime.Errorf(runtime.RuntimeErrorType, "step limit exceeded")
		}
	}
	return nil
}
