package runtime

import (
	goruntime "runtime"
	"sync"
)

// The open files of each interpreter. CPython flushes and closes a file
// when its object is freed or, at the latest, when the interpreter shuts
// down, so `open("out.txt", "w").write("hi")` leaves "hi" in out.txt even
// though nothing closed the file. minipy has no reference counting: a
// garbage-collected file object is flushed and closed by a cleanup, and
// FlushOpenFiles (called when the interpreter flushes its streams at exit)
// writes out every file still open.

type openFileSet struct {
	mu    sync.Mutex
	files map[*fileState]struct{}
}

var openFilesByInterp sync.Map // *Interpreter -> *openFileSet

func openFilesOf(in *Interpreter) *openFileSet {
	if s, ok := openFilesByInterp.Load(in); ok {
		return s.(*openFileSet)
	}
	s, _ := openFilesByInterp.LoadOrStore(in, &openFileSet{files: map[*fileState]struct{}{}})
	return s.(*openFileSet)
}

// fileCleanup is what the garbage collector runs for an unreachable file
// object: it only holds the state, never the object.
type fileCleanup struct {
	in *Interpreter
	st *fileState
}

func registerFile(in *Interpreter, f *fileObject) {
	set := openFilesOf(in)
	set.mu.Lock()
	set.files[f.st] = struct{}{}
	set.mu.Unlock()
	goruntime.AddCleanup(f, func(c fileCleanup) {
		c.st.mu.Lock()
		c.st.close()
		c.st.mu.Unlock()
		unregisterFile(c.in, c.st)
	}, fileCleanup{in, f.st})
}

// unregisterFile forgets a closed file.
func unregisterFile(in *Interpreter, st *fileState) {
	set := openFilesOf(in)
	set.mu.Lock()
	delete(set.files, st)
	set.mu.Unlock()
}

// FlushOpenFiles writes out the pending writes of every file the
// interpreter still has open, as CPython does at shutdown. The files stay
// open (the REPL flushes after each statement).
func FlushOpenFiles(in *Interpreter) {
	set := openFilesOf(in)
	set.mu.Lock()
	states := make([]*fileState, 0, len(set.files))
	for st := range set.files {
		states = append(states, st)
	}
	set.mu.Unlock()
	for _, st := range states {
		st.mu.Lock()
		if !st.closed {
			st.flush()
		}
		st.mu.Unlock()
	}
}
