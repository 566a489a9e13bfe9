package runtime

import (
	"math"
	"sync"
	"time"
)

// sys.getswitchinterval and sys.setswitchinterval.
//
// CPython keeps the interval as an unsigned long count of microseconds,
// converted from the float with a C cast, and getswitchinterval returns
// 1e-6 times that count: setswitchinterval(1e-9) reads back as 0.0, and a
// huge interval wraps as the cast does on x86-64 Linux. The GIL itself only
// ever waits at least 1 µs and at most what a time.Duration holds, so sys
// keeps CPython's count apart from the GIL's interval and reports it as
// long as the GIL still runs with what that count set.

// switchInterval is one interpreter's sys-side record of the interval.
type switchInterval struct {
	mu  sync.Mutex
	set bool          // setswitchinterval has been called
	us  uint64        // CPython's count of microseconds
	gil time.Duration // the GIL's interval right after us was set
}

// addSwitchInterval adds getswitchinterval and setswitchinterval to sys.
func addSwitchInterval(m *Module) {
	s := &switchInterval{}
	m.AddFunc("getswitchinterval", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkNoArgs("sys.getswitchinterval", args, kwargs); err != nil {
			return Value{}, err
		}
		return Float(1e-6 * float64(s.get(t.Interp.GIL))), nil
	})
	m.AddFunc("setswitchinterval", func(t *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		if err := checkOneArg("sys.setswitchinterval", args, kwargs); err != nil {
			return Value{}, err
		}
		// Converted as the "d" format does: int, float or __float__.
		secs, err := mathFloatArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if secs <= 0 { // NaN passes, as in CPython
			return Value{}, Errorf(ValueErrorType, "switch interval must be strictly positive")
		}
		s.setMicroseconds(t.Interp.GIL, cUnsignedLong(1e6*secs))
		return None, nil
	})
}

// get is the interval in microseconds as CPython reports it. When the GIL's
// interval was changed by other means since setswitchinterval (a process
// child taking its parent's), it is the GIL's, in whole microseconds.
func (s *switchInterval) get(g *GIL) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := g.SwitchInterval()
	if s.set && cur == s.gil {
		return s.us
	}
	return uint64(cur / time.Microsecond)
}

// setMicroseconds records us and gives the GIL the nearest interval it
// can wait for (the GIL raises 0 to its 1 µs floor, as CPython's take_gil
// does; the cap is the longest time.Duration, some 292 years).
func (s *switchInterval) setMicroseconds(g *GIL, us uint64) {
	d := time.Duration(math.MaxInt64)
	if us <= uint64(math.MaxInt64/time.Microsecond) {
		d = time.Duration(us) * time.Microsecond
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	g.SetSwitchInterval(d)
	s.set, s.us, s.gil = true, us, g.SwitchInterval()
}

// cUnsignedLong is f (not negative, or NaN) converted as CPython's
// (unsigned long) cast behaves on x86-64 Linux, where python3 is the
// oracle: in range it truncates, NaN gives 2**63, and 2**64 or more
// (infinity included) gives 0. Go leaves out-of-range conversions
// implementation-defined, hence the explicit cases.
func cUnsignedLong(f float64) uint64 {
	switch {
	case math.IsNaN(f):
		return 1 << 63
	case f < 0x1p64:
		return uint64(f)
	default:
		return 0
	}
}
