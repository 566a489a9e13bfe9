package runtime

import "testing"

// TestObjLockFollowsThreads: objects lock exactly while a thread other
// than the main one is alive, and a Lock/Unlock pair stays balanced when a
// thread starts or ends between the two (a dict lookup unlocks around a
// user __eq__, which may start a thread).
func TestObjLockFollowsThreads(t *testing.T) {
	base := sharingThreads.Load() // tests before this one may leave threads
	var l ObjectLock
	l.Lock()
	if got := l.held; got != (base != 0) {
		t.Fatalf("held = %v with %d other threads", got, base)
	}
	threadSharingBegins()
	l.Unlock() // must not release a mutex it did not take
	l.Lock()
	if !l.held {
		t.Fatal("an object must lock while another thread lives")
	}
	threadSharingEnds()
	l.Unlock() // must release the mutex it took
	if !l.mu.TryLock() {
		t.Fatal("Unlock left the mutex held")
	}
	l.mu.Unlock()
}

// TestObjLockThreadLifetime runs a thread through its real life cycle
// (NewThread before its goroutine, End at its end) mutating a list the
// main thread mutates too: under -race, the main thread's unlocked
// accesses before and after must be ordered with the thread's.
func TestObjLockThreadLifetime(t *testing.T) {
	e := newTestEnv(t)
	base := sharingThreads.Load()
	l := NewList(nil)
	d := NewDict()
	l.Append(Int(-1)) // unlocked if base == 0
	d.SetStr("main", Int(0))
	th := e.in.NewThread("worker")
	if got := sharingThreads.Load(); got != base+1 {
		t.Fatalf("after NewThread: %d sharing threads, want %d", got, base+1)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		th.Begin()
		defer th.End()
		for i := 0; i < 1000; i++ {
			l.Append(Int(int64(i)))
			d.SetStr("worker", Int(int64(i)))
		}
	}()
	for i := 0; i < 1000; i++ {
		l.Append(Int(int64(i)))
		d.SetStr("main", Int(int64(i)))
	}
	<-done
	if got := sharingThreads.Load(); got != base {
		t.Fatalf("after End: %d sharing threads, want %d", got, base)
	}
	l.Append(Int(-2)) // unlocked again if base == 0
	if n := l.Len(); n != 2002 {
		t.Fatalf("len = %d, want 2002", n)
	}
	if d.Len() != 2 {
		t.Fatalf("dict len = %d, want 2", d.Len())
	}
}
