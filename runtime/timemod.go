package runtime

import (
	"math"
	"time"
)

// The time module: wall clock, monotonic and CPU clocks, and sleep.

func init() {
	RegisterModule("time", newTimeModule)
}

// monoBase anchors the monotonic clocks; their values only have meaning as
// differences, as in CPython.
var monoBase = time.Now()

func newTimeModule(_ *Interpreter) (*Module, error) {
	m := NewModule("time")
	clock := func(name string, ns func() int64) {
		m.AddFunc(name, noArgFunc(name, func() Value { return Float(float64(ns()) / 1e9) }))
		m.AddFunc(name+"_ns", noArgFunc(name+"_ns", func() Value { return Int(ns()) }))
	}
	clock("time", func() int64 { return time.Now().UnixNano() })
	monotonic := func() int64 { return int64(time.Since(monoBase)) }
	clock("monotonic", monotonic)
	clock("perf_counter", monotonic)
	clock("process_time", processCPUTime)
	m.AddFunc("sleep", timeSleep)
	// thread_time needs the calling thread, so it is not a plain clock.
	m.AddFunc("thread_time", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return threadTime(t, "thread_time", args, kwargs, func(ns int64) Value { return Float(float64(ns) / 1e9) })
	})
	m.AddFunc("thread_time_ns", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		return threadTime(t, "thread_time_ns", args, kwargs, Int)
	})
	return m, nil
}

// noArgFunc adapts a function of no arguments.
func noArgFunc(name string, fn func() Value) BuiltinFunc {
	return func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("time."+name, args, kwargs); err != nil {
			return Value{}, err
		}
		return fn(), nil
	}
}

// timeSleep is time.sleep(secs). It wakes early when the thread's eval
// breaker asks for a KeyboardInterrupt, so that Ctrl-C is not delayed.
func timeSleep(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := sleepSeconds(t, args[0])
	if err != nil {
		return Value{}, err
	}
	// CPython converts first and checks the sign after, so a huge negative
	// number is an OverflowError, not a ValueError.
	if secs < 0 {
		return Value{}, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	// Thread.Sleep releases the GIL, counts as blocked time and ends early
	// with KeyboardInterrupt on Ctrl-C.
	return None, t.Sleep(time.Duration(secs * 1e9))
}

// sleepSeconds converts time.sleep's argument as CPython's
// _PyTime_FromSecondsObject does: a float must fit in _PyTime_t
// nanoseconds ("out of range for platform time_t"), an integer must fit
// once multiplied by 1e9 ("too large to convert to C _PyTime_t"), anything
// else must have __index__.
func sleepSeconds(t *Thread, v Value) (float64, error) {
	const maxSecs = float64(math.MaxInt64) / 1e9
	if v.IsFloat() {
		secs := v.AsFloat()
		if math.IsNaN(secs) {
			return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
		}
		if secs > maxSecs || secs < -maxSecs {
			return 0, Errorf(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return secs, nil
	}
	if IsIntegral(v) {
		if _, big := v.obj.(*BigInt); big {
			return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
	}
	n, err := AsIndex(t, v)
	if err != nil {
		return 0, err
	}
	secs := float64(n)
	if secs > maxSecs || secs < -maxSecs {
		return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	return secs, nil
}

// threadTime is time.thread_time(_ns): the CPU time of the calling thread
// (Thread.ThreadCPUTime binds it to its OS thread so the clock is its own).
func threadTime(t *Thread, name string, args []Value, kwargs []Kwarg, conv func(int64) Value) (Value, error) {
	if err := checkNoArgs("time."+name, args, kwargs); err != nil {
		return Value{}, err
	}
	return conv(t.ThreadCPUTime()), nil
}
