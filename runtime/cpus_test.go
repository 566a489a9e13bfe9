package runtime

import (
	goruntime "runtime"
	"testing"
)

// TestSetCPUs: --cpus N is N Ps, plus one spare under the GIL when N >= 2;
// a child process is given N, not the spare; N is capped at the machine.
func TestSetCPUs(t *testing.T) {
	saved, savedWanted := goruntime.GOMAXPROCS(0), cpusWanted.Load()
	t.Cleanup(func() {
		goruntime.GOMAXPROCS(saved)
		cpusWanted.Store(savedWanted)
	})
	machine := goruntime.NumCPU()
	cases := []struct {
		n         int
		gil       bool
		wantProcs int
		wantCPUs  int
	}{
		{1, false, 1, 1},
		{1, true, 1, 1},
		{machine, false, machine, machine},
		{machine + 5, false, machine, machine},
	}
	if machine >= 2 {
		cases = append(cases, struct {
			n         int
			gil       bool
			wantProcs int
			wantCPUs  int
		}{2, true, 3, 2})
	}
	for _, c := range cases {
		SetCPUs(c.n, c.gil)
		if got := goruntime.GOMAXPROCS(0); got != c.wantProcs {
			t.Errorf("SetCPUs(%d, gil=%v): GOMAXPROCS %d, want %d", c.n, c.gil, got, c.wantProcs)
		}
		if got := CPUs(); got != c.wantCPUs {
			t.Errorf("SetCPUs(%d, gil=%v): CPUs() %d, want %d", c.n, c.gil, got, c.wantCPUs)
		}
	}
	// n < 1 keeps the last choice rather than reading the spare P back.
	SetCPUs(2, true)
	SetCPUs(0, true)
	if got := CPUs(); machine >= 2 && got != 2 {
		t.Errorf("SetCPUs(0) after SetCPUs(2): CPUs() %d, want 2", got)
	}
}
