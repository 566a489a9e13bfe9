package runtime

import (
	goruntime "runtime"
	"testing"
)

// TestSetCPUs: --cpus N is N Ps, plus one spare under the GIL when the
// process is confined to its N cores (Linux) or N >= 2; a child process is
// given N, not the spare; N is capped at the machine.
func TestSetCPUs(t *testing.T) {
	saved, savedWanted := goruntime.GOMAXPROCS(0), cpusWanted.Load()
	savedMask, haveMask := processAffinity()
	t.Cleanup(func() {
		goruntime.GOMAXPROCS(saved)
		cpusWanted.Store(savedWanted)
		if haveMask {
			setProcessAffinity(savedMask)
		}
	})
	machine := goruntime.NumCPU()
	spare1 := 1 // --gil --cpus 1: a spare P only where the process is confined
	if haveMask {
		spare1 = 2
	}
	type tc struct {
		n         int
		gil       bool
		wantProcs int
		wantCPUs  int
	}
	cases := []tc{
		{1, false, 1, 1},
		{1, true, spare1, 1},
		{machine, false, machine, machine},
		{machine + 5, false, machine, machine},
	}
	if machine >= 2 {
		cases = append(cases, tc{2, true, 3, 2})
	}
	for _, c := range cases {
		SetCPUs(c.n, c.gil)
		if got := goruntime.GOMAXPROCS(0); got != c.wantProcs {
			t.Errorf("SetCPUs(%d, gil=%v): GOMAXPROCS %d, want %d", c.n, c.gil, got, c.wantProcs)
		}
		if got := CPUs(); got != c.wantCPUs {
			t.Errorf("SetCPUs(%d, gil=%v): CPUs() %d, want %d", c.n, c.gil, got, c.wantCPUs)
		}
		if haveMask {
			// Confined: every thread of the process on the first N cores.
			if m, _ := processAffinity(); m.count() != min(c.n, savedMask.count()) {
				t.Errorf("SetCPUs(%d, gil=%v): %d CPUs in the affinity mask", c.n, c.gil, m.count())
			}
			setProcessAffinity(savedMask)
		}
	}
	// Go's default (here GOMAXPROCS 1, as from the environment) is no
	// choice: it leaves the affinity mask alone.
	if haveMask && savedMask.count() >= 2 {
		cpusWanted.Store(0)
		goruntime.GOMAXPROCS(1)
		SetCPUs(0, true)
		if m, _ := processAffinity(); m != savedMask {
			t.Errorf("SetCPUs(0) with GOMAXPROCS 1: affinity changed to %d CPUs", m.count())
		}
		if got := goruntime.GOMAXPROCS(0); got != 1 {
			t.Errorf("SetCPUs(0, gil) with GOMAXPROCS 1 on %d CPUs: GOMAXPROCS %d, want 1", savedMask.count(), got)
		}
	}
	// n < 1 keeps the last choice rather than reading the spare P back.
	SetCPUs(2, true)
	SetCPUs(0, true)
	if got := CPUs(); machine >= 2 && got != 2 {
		t.Errorf("SetCPUs(0) after SetCPUs(2): CPUs() %d, want 2", got)
	}
}
