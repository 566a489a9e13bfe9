package runtime

// Native thread ids (threading.get_native_id(), Thread.native_id).
//
// A Python thread here is a goroutine, which Go's scheduler moves between OS
// threads whenever it blocks or is preempted, so the OS thread id of the
// moment (gettid) changes during a thread's life, and two live Python
// threads can find themselves on the same OS thread. CPython's native id is
// the id of the thread's own OS thread: fixed for its whole life and unique
// among live threads. So each Thread state takes one id, once — the OS
// thread it begins on, or its Ident where that id is unknown or already
// taken by another live thread — and keeps it. Pinning every thread to an
// OS thread would give the same answer at a real cost (see osevent.go).

import "sync"

// liveNativeIDs holds the native ids of the process's live threads: the OS
// thread ids are the process's, shared by all its interpreters.
var liveNativeIDs struct {
	mu  sync.Mutex
	ids map[int64]*Thread
}

// nativeIdent returns t's native id, taking it on the first call. Called on
// t's own goroutine (get_native_id, the start of a thread), where gettid
// names an OS thread that t is really running on.
func (t *Thread) nativeIdent() int64 {
	if id := t.nativeID.Load(); id != 0 {
		return id
	}
	reg := &liveNativeIDs
	reg.mu.Lock()
	defer reg.mu.Unlock()
	if reg.ids == nil {
		reg.ids = map[int64]*Thread{}
	}
	id := int64(gettid())
	if owner, taken := reg.ids[id]; id == 0 || (taken && owner != t && !owner.hasEnded()) {
		id = t.Ident
	}
	reg.ids[id] = t
	t.nativeID.Store(id)
	return id
}

// releaseNativeID frees t's native id for threads started later, as the
// end of an OS thread frees its id; t keeps reporting it.
func (t *Thread) releaseNativeID() {
	id := t.nativeID.Load()
	if id == 0 {
		return
	}
	reg := &liveNativeIDs
	reg.mu.Lock()
	if reg.ids[id] == t {
		delete(reg.ids, id)
	}
	reg.mu.Unlock()
}

// hasEnded reports whether Thread.End has run for t: an interpreter's main
// thread keeps its native id until then, as it never releases it itself.
func (t *Thread) hasEnded() bool {
	st := &t.sched.stats
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.end != 0
}
