package vm

import (
	"sync"

	"minipy/runtime"
)

// Frame is one activation of a code object. Its slots hold the fast
// locals, then the cells and free variables, then the value stack; they are
// carved from the thread's value arena, except for generator frames, which
// outlive the call that created them and own their slots.
type Frame struct {
	code    *Code
	fn      *Function     // nil for module and class bodies
	globals *runtime.Dict // module namespace
	locals  *runtime.Dict // class-body namespace (LOAD_NAME), nil otherwise
	slots   []runtime.Value
	sp      int // index of the first free stack slot
	pc      int // index of the next instruction
	// entry is true when a Go caller waits for this frame's result: the
	// eval loop returns to Go when it returns (or raises, or yields).
	entry bool
	// initSelf is set on the __init__ frame of a class call the eval loop
	// inlined (runtime.InitCall): the instance the call answers when
	// __init__ returns None. Such a frame counts two levels of t.Depth
	// (popFrame drops both).
	initSelf runtime.Value
	gen      *Generator // the generator running this frame, if any
	// yielded is set when the frame stopped at a yield rather than a return.
	yielded bool
	// handling counts the except clauses (PUSH_EXC_INFO without its
	// POP_EXCEPT yet) the frame is in: a generator paused at a yield
	// inside one keeps its handled exception across the pause.
	handling int32
	back     *Frame // the calling frame (nil for the outermost)
}

// threadState is the vm's per-thread state (runtime.Thread.VM).
type threadState struct {
	top   *Frame   // the innermost frame; frames link to their callers
	pool  []*Frame // released frames, reused to avoid allocation per call
	arena valueArena
	// excInfo is the exception being handled (sys.exc_info()), the
	// implicit __context__ of a new exception and what a bare raise raises.
	excInfo *runtime.Exception
	// kwbuf is scratch space for the keyword arguments of CALL_KW when the
	// callee is a minipy function (they are copied into the frame at once).
	kwbuf []runtime.Kwarg
	// agenFirstIter is the async generator first-iteration hook an event
	// loop running on this thread installed (asyncgen_hooks.go), or null.
	agenFirstIter runtime.Value
}

// stateOf returns t's vm state, creating it on first use (or taking one
// a finished thread left, ReleaseThread).
func stateOf(t *runtime.Thread) *threadState {
	if ts, ok := t.VM.(*threadState); ok {
		return ts
	}
	ts, _ := idleStates.Get().(*threadState)
	if ts == nil {
		ts = &threadState{}
	}
	t.VM = ts
	return ts
}

// idleStates holds the vm states of threads that have ended, so that a
// program starting threads one after another does not allocate (and clear,
// and collect) a new arena chunk and frames for each.
var idleStates sync.Pool

// ReleaseThread is called by the runtime when the thread owning ts ends
// (runtime.Thread.VM): with no frame left, ts is as good as new and goes to
// the next thread. Its arena is all zeros then (free clears every window).
func (ts *threadState) ReleaseThread() {
	if ts.top != nil || ts.arena.top != 0 || len(ts.arena.saved) != 0 {
		return // a frame was never popped (a Go panic): let it go
	}
	ts.excInfo, ts.agenFirstIter = nil, runtime.Value{}
	clear(ts.kwbuf[:cap(ts.kwbuf)])
	ts.kwbuf = ts.kwbuf[:0]
	idleStates.Put(ts)
}

// newFrame returns a frame for code with zeroed slots from the arena.
// Every field is set, so a pooled frame needs no clearing when released.
func (ts *threadState) newFrame(code *Code, fn *Function, globals *runtime.Dict) *Frame {
	var f *Frame
	if n := len(ts.pool); n > 0 {
		f = ts.pool[n-1]
		ts.pool = ts.pool[:n-1]
	} else {
		f = &Frame{}
	}
	nlocals := code.numLocals()
	*f = Frame{code: code, fn: fn, globals: globals, slots: ts.arena.alloc(nlocals + code.StackSize), sp: nlocals}
	return f
}

// newHeapFrame returns a frame whose slots are not arena memory (a
// generator's frame, which is suspended and resumed in any order).
func newHeapFrame(code *Code, fn *Function, globals *runtime.Dict) *Frame {
	nlocals := code.numLocals()
	return &Frame{code: code, fn: fn, globals: globals,
		slots: make([]runtime.Value, nlocals+code.StackSize), sp: nlocals}
}

// releaseFrame returns a finished frame's memory. Generator frames are
// left alone (the generator owns them).
func (ts *threadState) releaseFrame(f *Frame) {
	if f.gen != nil {
		return
	}
	ts.arena.free(f.slots)
	f.slots = nil
	ts.pool = append(ts.pool, f)
}

// initCells creates the frame's cells (a parameter captured by a nested
// function starts out holding the argument) and installs the closure.
func (f *Frame) initCells() {
	co := f.code
	base := len(co.VarNames)
	for i, arg := range co.CellArgs {
		c := &Cell{}
		if arg >= 0 {
			c.v = f.slots[arg]
		}
		f.slots[base+i] = runtime.Obj(c)
	}
	if f.fn != nil {
		base += len(co.CellVars)
		for i, c := range f.fn.Closure {
			f.slots[base+i] = runtime.Obj(c)
		}
	}
}

// valueArena hands out the slot windows of frames, stack-like: frames are
// released in the reverse order of their creation. It grows by chunks and
// never moves a window, so a frame's slots stay valid while it runs.
type valueArena struct {
	chunk []runtime.Value
	top   int
	saved []arenaChunk // chunks below the current one
	spare []runtime.Value
}

type arenaChunk struct {
	chunk []runtime.Value
	top   int
}

// A thread's first chunk is small and each further chunk doubles, up to
// arenaChunkSize: most threads run shallow code, and a 384 KiB chunk per
// thread made starting a thread cost a garbage collection's worth of memory.
const (
	arenaFirstChunk = 256      // values in a thread's first chunk (6 KiB)
	arenaChunkSize  = 16 << 10 // values per chunk at most (384 KiB)
)

func (a *valueArena) alloc(n int) []runtime.Value {
	if a.top+n > len(a.chunk) {
		if a.chunk != nil {
			a.saved = append(a.saved, arenaChunk{a.chunk, a.top})
		}
		size := min(max(2*len(a.chunk), arenaFirstChunk), arenaChunkSize)
		if n > size {
			size = n
		}
		if len(a.spare) >= size {
			a.chunk, a.spare = a.spare, nil
		} else {
			a.chunk = make([]runtime.Value, size)
		}
		a.top = 0
	}
	w := a.chunk[a.top : a.top+n : a.top+n]
	a.top += n
	return w
}

// free releases the most recently allocated window, clearing it so the
// garbage collector does not see stale references.
func (a *valueArena) free(w []runtime.Value) {
	for i := range w { // a loop: cheaper than clear's runtime call for a few slots
		w[i] = runtime.Value{}
	}
	a.top -= len(w)
	if a.top == 0 && len(a.saved) > 0 {
		// Keep the emptied chunk as a spare: a recursion that oscillates
		// around a chunk boundary must not allocate every time.
		a.spare = a.chunk
		last := a.saved[len(a.saved)-1]
		a.saved = a.saved[:len(a.saved)-1]
		a.chunk, a.top = last.chunk, last.top
	}
}
