package runtime

import (
	"math"
	"testing"
	"time"
)

// TestCUnsignedLong: the values are what CPython 3.11's cast gives on
// x86-64 Linux (sys.setswitchinterval(v / 1e6); sys.getswitchinterval()).
func TestCUnsignedLong(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want uint64
	}{
		{0.001, 0},
		{1.5, 1},
		{1234.5678, 1234},
		{0x1p63, 1 << 63},
		{0x1p64 - 2048, math.MaxUint64 - 2047},
		{0x1p64, 0},
		{1e306, 0},
		{math.Inf(1), 0},
		{math.NaN(), 1 << 63},
	} {
		if got := cUnsignedLong(tc.f); got != tc.want {
			t.Errorf("cUnsignedLong(%g) = %d, want %d", tc.f, got, tc.want)
		}
	}
}

// TestSwitchIntervalRecord: sys reports CPython's count while the GIL runs
// with what it set (floored at 1 us, capped at the longest Duration), and
// the GIL's own interval once something else changed it.
func TestSwitchIntervalRecord(t *testing.T) {
	g := NewGIL()
	s := &switchInterval{}
	if got := s.get(g); got != 5000 {
		t.Errorf("default: %d us, want 5000", got)
	}
	s.setMicroseconds(g, 0)
	if got := s.get(g); got != 0 || g.SwitchInterval() != time.Microsecond {
		t.Errorf("0 us: sys %d, GIL %v; want 0 and 1µs", got, g.SwitchInterval())
	}
	s.setMicroseconds(g, 1<<63)
	if got := s.get(g); got != 1<<63 || g.SwitchInterval() != time.Duration(math.MaxInt64) {
		t.Errorf("2**63 us: sys %d, GIL %v", got, g.SwitchInterval())
	}
	g.SetSwitchInterval(200 * time.Microsecond)
	if got := s.get(g); got != 200 {
		t.Errorf("after the GIL changed: %d us, want 200", got)
	}
}
