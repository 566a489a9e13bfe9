package runtime

import (
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// newGILInterp returns an interpreter with the GIL on and a short switch
// interval, so that tests see many switches quickly.
func newGILInterp(enabled bool) *Interpreter {
	in := NewInterpreterIO(strings.NewReader(""), io.Discard, io.Discard)
	in.GIL.Enabled = enabled
	in.GIL.SetSwitchInterval(200 * time.Microsecond)
	return in
}

// bytecodeSim simulates the eval loop of one thread: each step "executes an
// instruction" while counting how many threads are inside one at this
// instant, then passes a check point.
type bytecodeSim struct {
	inside     atomic.Int32 // threads executing an instruction now
	violations atomic.Int32 // times more than one was
	steps      atomic.Int64
}

func (s *bytecodeSim) step(t *Thread) {
	if s.inside.Add(1) != 1 {
		s.violations.Add(1)
	}
	x := 0
	for i := 0; i < 50; i++ { // a little work, so instructions overlap if they can
		x += i
	}
	_ = x
	s.steps.Add(1)
	s.inside.Add(-1)
	if t.Breaker.Load() != 0 {
		if err := t.HandleBreaker(); err != nil {
			panic(err)
		}
	}
}

// TestGILMutualExclusion: with the GIL on, at most one thread executes an
// instruction at any instant, and two spinning threads are switched by
// drop requests (forced switches), not only when one ends.
func TestGILMutualExclusion(t *testing.T) {
	in := newGILInterp(true)
	var sim bytecodeSim
	const threads, minRequests = 4, 20
	var wg sync.WaitGroup
	ths := make([]*Thread, threads)
	for i := range ths {
		ths[i] = in.NewThread("spinner")
		wg.Add(1)
		go func(th *Thread) {
			defer wg.Done()
			th.Begin()
			defer th.End()
			for n := 0; n < 2000 || in.GIL.DropRequests() < minRequests; n++ {
				sim.step(th)
			}
		}(ths[i])
	}
	wg.Wait()
	if v := sim.violations.Load(); v != 0 {
		t.Fatalf("%d instructions overlapped with the GIL on", v)
	}
	if in.GIL.Switches() < 2 {
		t.Fatalf("switches = %d, want several", in.GIL.Switches())
	}
	var forced int64
	for _, th := range ths {
		forced += th.Stats().Forced
	}
	if forced == 0 {
		t.Fatalf("no forced switch among spinning threads (%d drop requests)", in.GIL.DropRequests())
	}
	if in.GIL.Holder() != nil {
		t.Fatalf("GIL still held after every thread ended")
	}
}

// TestGILWaiterBounded: a thread that wants the GIL from a spinning holder
// gets it through drop requests (forced switching), never without one. One
// request suffices when the holder runs, since it passes a check point at
// every step; but on an overloaded machine the holder's goroutine may not be
// scheduled for several switch intervals, each of which adds a request, so
// the upper bound is generous: it catches a lost request (the waiter would
// then wait forever), not a slow scheduler.
func TestGILWaiterBounded(t *testing.T) {
	in := newGILInterp(true)
	holder, waiter := in.NewThread("holder"), in.NewThread("waiter")
	var sim bytecodeSim
	stop, holding, holderDone := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(holderDone)
		holder.Begin()
		defer holder.End()
		close(holding) // from here the waiter certainly finds the GIL held
		for {
			select {
			case <-stop:
				return
			default:
				sim.step(holder)
			}
		}
	}()
	<-holding
	before := in.GIL.DropRequests()
	waiter.Begin()
	requests := in.GIL.DropRequests() - before
	if in.GIL.Holder() != waiter {
		t.Fatalf("waiter returned from Begin without the GIL")
	}
	close(stop)
	waiter.BeginBlocking() // let the holder reach its exit
	<-holderDone
	waiter.EndBlocking()
	waiter.End()
	if requests < 1 || requests > 200 {
		t.Fatalf("the waiter needed %d drop requests, want 1 (at most 200 on a starved machine)", requests)
	}
}

// TestGILBlockingReleases: a blocking call releases the GIL at once, so
// another thread takes it without any drop request.
func TestGILBlockingReleases(t *testing.T) {
	in := newGILInterp(true)
	a, b := in.NewThread("a"), in.NewThread("b")
	a.Begin()
	a.BeginBlocking()
	if h := in.GIL.Holder(); h != nil {
		t.Fatalf("holder during a blocking call = %v, want none", h.Name)
	}
	done := make(chan struct{})
	go func() {
		b.Begin()
		if in.GIL.Holder() != b {
			t.Errorf("b does not hold the GIL after Begin")
		}
		b.End()
		close(done)
	}()
	<-done
	a.EndBlocking()
	if in.GIL.Holder() != a || in.GIL.DropRequests() != 0 {
		t.Fatalf("holder %v, %d drop requests; want a, 0", in.GIL.Holder(), in.GIL.DropRequests())
	}
	a.End()
	if st := a.Stats(); st.Voluntary != 1 || st.Forced != 0 {
		t.Fatalf("a's switches: voluntary %d forced %d, want 1 and 0", st.Voluntary, st.Forced)
	}
}

// TestGILDisabledIsNoop: with the GIL off nobody holds it and threads run
// their instructions at the same time.
func TestGILDisabledIsNoop(t *testing.T) {
	in := newGILInterp(false)
	a, b := in.NewThread("a"), in.NewThread("b")
	a.Begin()
	b.Begin() // would deadlock if the GIL were taken
	if in.GIL.Holder() != nil || in.GIL.Switches() != 0 {
		t.Fatalf("disabled GIL has a holder or counts switches")
	}
	a.BeginBlocking()
	a.EndBlocking()
	a.End()
	b.End()
}

// TestGILSwitchInterval: the interval is settable, with CPython's floor.
func TestGILSwitchInterval(t *testing.T) {
	g := NewGIL()
	if g.SwitchInterval() != DefaultSwitchInterval {
		t.Fatalf("default interval %v", g.SwitchInterval())
	}
	g.SetSwitchInterval(time.Millisecond)
	if g.SwitchInterval() != time.Millisecond {
		t.Fatalf("interval %v after setting 1ms", g.SwitchInterval())
	}
	g.SetSwitchInterval(0)
	if g.SwitchInterval() != time.Microsecond {
		t.Fatalf("interval %v after setting 0, want the 1µs floor", g.SwitchInterval())
	}
}

// runSteppingThreads runs two threads, "one" and "two", each taking 2000
// simulated bytecode steps with a Sleep(d) every sleepEvery steps, and
// returns them once both have ended.
func runSteppingThreads(in *Interpreter, sleepEvery int, d time.Duration) []*Thread {
	var sim bytecodeSim
	ths := []*Thread{in.NewThread("one"), in.NewThread("two")}
	var wg sync.WaitGroup
	for _, th := range ths {
		wg.Add(1)
		go func(th *Thread) {
			defer wg.Done()
			th.Begin()
			defer th.End()
			for n := 0; n < 2000; n++ {
				sim.step(th)
				if n%sleepEvery == 0 {
					if err := th.Sleep(d); err != nil {
						panic(err)
					}
				}
			}
		}(th)
	}
	wg.Wait()
	return ths
}

// TestStatsAddUp: a thread's running, waiting and blocked times partition
// its lifetime, and its switches are counted.
func TestStatsAddUp(t *testing.T) {
	in := newGILInterp(true)
	in.SetCPUAccounting(true)
	ths := runSteppingThreads(in, 100, 0)
	for _, th := range ths {
		st := th.Stats()
		if st.Alive {
			t.Fatalf("%s still alive after End", st.Name)
		}
		if sum := st.Running + st.WaitingGIL + st.Blocked; sum != st.Lifetime {
			t.Errorf("%s: running+waiting+blocked = %v, lifetime %v", st.Name, sum, st.Lifetime)
		}
		if st.Voluntary < 20 {
			t.Errorf("%s: %d voluntary switches, want at least 20 (one per Sleep)", st.Name, st.Voluntary)
		}
		if st.CPU < 0 {
			t.Errorf("%s: negative CPU time %v", st.Name, st.CPU)
		}
	}
}

// TestThreadCPUTime: a thread's first ThreadCPUTime binds it to its OS
// thread; its CPU clock then only moves forward, and work moves it.
func TestThreadCPUTime(t *testing.T) {
	in := newGILInterp(false)
	th := in.NewThread("worker")
	done := make(chan struct{})
	go func() {
		defer close(done)
		th.Begin()
		defer th.End()
		if th.Stats().CPU >= 0 {
			t.Errorf("CPU measured without accounting: %v", th.Stats().CPU)
		}
		first := th.ThreadCPUTime()
		x := 0
		for th.ThreadCPUTime() == first { // burn CPU until the clock ticks
			for i := 0; i < 100000; i++ {
				x += i
			}
		}
		_ = x
		if th.Stats().CPU <= 0 {
			t.Errorf("CPU of a bound thread = %v, want > 0", th.Stats().CPU)
		}
	}()
	<-done
	if th.Stats().CPU <= 0 {
		t.Errorf("CPU after End = %v, want > 0", th.Stats().CPU)
	}
}

// TestWriteStats: the summary lists every thread and the totals.
func TestWriteStats(t *testing.T) {
	in := newGILInterp(true)
	in.MainThread.Begin()
	w := in.NewThread("Thread-1 (work)")
	done := make(chan struct{})
	in.MainThread.BeginBlocking()
	go func() {
		w.Begin()
		w.End()
		close(done)
	}()
	<-done
	in.MainThread.EndBlocking()
	var b strings.Builder
	if err := in.WriteStats(&b); err != nil {
		t.Fatal(err)
	}
	in.MainThread.End()
	out := b.String()
	for _, want := range []string{"GIL on", "Thread-1 (work)", "MainThread (alive)", "parallelism", "forced", "voluntary"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
}

// TestSleepInterrupt: Ctrl-C (BreakInterrupt + Wake) ends a long sleep of
// the main thread with KeyboardInterrupt.
func TestSleepInterrupt(t *testing.T) {
	in := newGILInterp(true)
	m := in.MainThread
	m.Begin()
	defer m.End()
	go func() {
		m.Breaker.Or(BreakInterrupt)
		m.Wake()
	}()
	err := m.Sleep(time.Hour)
	if exc, ok := err.(*Exception); !ok || !exc.Matches(KeyboardInterruptType) {
		t.Fatalf("Sleep returned %v, want KeyboardInterrupt", err)
	}
	if m.Breaker.Load()&BreakInterrupt != 0 {
		t.Fatalf("the interrupt was not consumed")
	}
	if in.GIL.Holder() != m {
		t.Fatalf("the GIL was not taken back after the interrupted sleep")
	}
}

// TestHandleBreakerInterrupt: the vm's check point turns Ctrl-C into
// KeyboardInterrupt once.
func TestHandleBreakerInterrupt(t *testing.T) {
	in := newGILInterp(false)
	m := in.MainThread
	m.Breaker.Or(BreakInterrupt)
	if err := m.HandleBreaker(); err == nil || !err.(*Exception).Matches(KeyboardInterruptType) {
		t.Fatalf("HandleBreaker = %v, want KeyboardInterrupt", err)
	}
	if err := m.HandleBreaker(); err != nil {
		t.Fatalf("second HandleBreaker = %v, want nil", err)
	}
}

// BenchmarkGILUncontended is the cost of taking and dropping a GIL nobody
// else wants (a blocking call's overhead), on and off.
func BenchmarkGILUncontended(b *testing.B) {
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			in := newGILInterp(on)
			th := in.MainThread
			for i := 0; i < b.N; i++ {
				in.GIL.Acquire(th)
				in.GIL.Release(th)
			}
		})
	}
}

// BenchmarkBlockingCall is BeginBlocking+EndBlocking (stats included).
func BenchmarkBlockingCall(b *testing.B) {
	for _, on := range []bool{false, true} {
		name := "off"
		if on {
			name = "on"
		}
		b.Run(name, func(b *testing.B) {
			in := newGILInterp(on)
			th := in.MainThread
			th.Begin()
			defer th.End()
			for i := 0; i < b.N; i++ {
				th.BeginBlocking()
				th.EndBlocking()
			}
		})
	}
}

// TestGILSignalPrefersRequester: a release wakes the waiter whose drop
// request is pending rather than the oldest sleeper (CPython's behaviour on
// Linux, gil.go's signal), and the oldest when no request is pending or the
// requester is not asleep.
func TestGILSignalPrefersRequester(t *testing.T) {
	in := newGILInterp(true)
	g := in.GIL
	a, b, c := in.NewThread("a"), in.NewThread("b"), in.NewThread("c")
	woken := func() *Thread {
		t.Helper()
		var got *Thread
		for _, th := range []*Thread{a, b, c} {
			select {
			case <-th.sched.gilWake:
				if got != nil {
					t.Fatalf("both %s and %s were signalled", got.Name, th.Name)
				}
				got = th
			default:
			}
		}
		return got
	}
	for _, tc := range []struct {
		requester *Thread
		want      *Thread
	}{
		{b, b},   // the requester, though a is older
		{nil, a}, // no request: the oldest
		{c, a},   // the requester is not asleep: the oldest
	} {
		g.mu.Lock()
		g.sleepers = []*Thread{a, b}
		g.requester = tc.requester
		g.signal()
		left := len(g.sleepers)
		g.mu.Unlock()
		if got := woken(); got != tc.want {
			t.Errorf("requester %v: signalled %v, want %s", tc.requester, got, tc.want.Name)
		}
		if left != 1 {
			t.Errorf("requester %v: %d sleepers left, want 1", tc.requester, left)
		}
	}
}
