package runtime

import "sync"

// The repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave): a
// container whose repr is already being computed on this thread prints as
// [...] / {...} instead of recursing forever.

// reprState is the set of containers whose repr is in progress, per thread.
type reprState struct {
	mu     sync.Mutex
	active map[*Thread][]Object
}

var reprInProgress = reprState{active: map[*Thread][]Object{}}

// reprEnter reports whether o's repr is already in progress on t (then the
// caller prints the short form and must not call reprLeave); otherwise it
// marks o and the caller must call reprLeave(t, o) when done. It also
// enforces the recursion limit on deeply nested containers.
//
// A nil t (SafeRepr) shares one entry: at worst two goroutines printing the
// same container in an error message see [...] where they need not.
func reprEnter(t *Thread, o Object) (busy bool, err error) {
	if t != nil {
		t.Depth++
		if t.Depth > t.Interp.RecursionLimit {
			t.Depth--
			return false, Errorf(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
		}
	}
	r := &reprInProgress
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, x := range r.active[t] {
		if x == o {
			if t != nil {
				t.Depth--
			}
			return true, nil
		}
	}
	r.active[t] = append(r.active[t], o)
	return false, nil
}

// reprLeave undoes a successful reprEnter.
func reprLeave(t *Thread, o Object) {
	if t != nil {
		t.Depth--
	}
	r := &reprInProgress
	r.mu.Lock()
	defer r.mu.Unlock()
	stack := r.active[t]
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == o {
			stack = append(stack[:i], stack[i+1:]...)
			break
		}
	}
	if len(stack) == 0 {
		delete(r.active, t)
	} else {
		r.active[t] = stack
	}
}
