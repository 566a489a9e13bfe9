package runtime

// The core of multiprocessing's queues (Queue, JoinableQueue, SimpleQueue;
// the Python classes in pylib/multiprocessing.queues.py wrap it), built as
// CPython builds them: an OS pipe carries the messages, a cross-process
// lock serialises readers and another writers, and put() hands the
// encoded item to a feeder that writes it in the background, so that a
// put never blocks on a full pipe. The two locks hold their owner's pid,
// so that a process killed while it waited for an item does not keep the
// queue locked (see futexCell.lockOwned). A shared counter gives qsize(), a
// semaphore bounds a queue with a maxsize, and a second counter tracks
// unfinished tasks for JoinableQueue.join().
//
// Unlike CPython, put() encodes the item at once: an item that cannot be
// sent raises in put() itself instead of in the feeder thread (where
// CPython prints it and drops the item), and a later change to the item
// does not travel.

import (
	"os"
	"sync"
	"time"
)

// Queue kinds.
const (
	queuePlain    = 0
	queueJoinable = 1
	queueSimple   = 2 // no feeder: put writes the pipe itself
)

// queuePipeSize is the pipe buffer asked for: a 1 MB item then crosses
// in one write.
const queuePipeSize = 1 << 20

// Offsets of the futex cells in a queue's shared block.
const (
	qReadLock   = 0
	qWriteLock  = 8
	qCount      = 16
	qSlots      = 24
	qUnfinished = 32
	qShmSize    = 64
)

// mpQueueType is the type of the Go core, _mp.Queue.
var mpQueueType = NewBuiltinType("Queue", ObjectType)

// mpQueue is a queue shared between processes.
type mpQueue struct {
	r, w     *os.File
	rfd, wfd int
	shm      *sharedMem
	maxsize  int // 0: unbounded
	kind     int

	readLock, writeLock, count, slots, unfinished futexCell

	feeder queueFeeder
}

// Type implements Object.
func (q *mpQueue) Type() *Type { return mpQueueType }

// newQueue creates a queue of the given kind and bound.
func newQueue(maxsize, kind int) (*mpQueue, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, NewOSError(err, Value{})
	}
	setPipeSize(w, queuePipeSize)
	shm, err := newSharedMem(qShmSize)
	if err != nil {
		r.Close()
		w.Close()
		return nil, NewOSError(err, Value{})
	}
	q := openQueue(r, w, shm, maxsize, kind)
	if maxsize > 0 {
		q.slots.store(uint32(maxsize))
	}
	return q, nil
}

// openQueue wraps a queue's pipe and shared block (new, or inherited).
func openQueue(r, w *os.File, shm *sharedMem, maxsize, kind int) *mpQueue {
	q := &mpQueue{r: r, w: w, rfd: int(r.Fd()), wfd: int(w.Fd()), shm: shm, maxsize: maxsize, kind: kind,
		readLock: shm.cell(qReadLock), writeLock: shm.cell(qWriteLock), count: shm.cell(qCount),
		slots: shm.cell(qSlots), unfinished: shm.cell(qUnfinished)}
	q.feeder.q = q
	q.feeder.cond.L = &q.feeder.mu
	return q
}

func (q *mpQueue) wireKind() string      { return "Queue" }
func (q *mpQueue) wireFiles() []*os.File { return []*os.File{q.r, q.w, q.shm.f} }
func (q *mpQueue) wireState() Value {
	return NewTuple([]Value{Int(int64(q.maxsize)), Int(int64(q.kind))})
}

// put sends v: it waits for room in a bounded queue (at most timeout;
// false means full), then queues the encoded item for the feeder.
func (q *mpQueue) put(t *Thread, v Value, timeout time.Duration) (bool, error) {
	if q.maxsize > 0 {
		ok, err := q.slots.semAcquire(t, timeout)
		if err != nil || !ok {
			return false, err
		}
	}
	frame, err := encodeFrame(t, v, nil)
	if err != nil {
		if q.maxsize > 0 {
			q.slots.semRelease()
		}
		return false, err
	}
	q.count.add(1)
	if q.kind == queueJoinable {
		q.unfinished.add(1)
	}
	if q.kind != queueSimple {
		q.feeder.push(t.Interp, frame)
		return true, nil
	}
	if _, err := q.writeLock.lockOwned(t, -1); err != nil {
		return false, err
	}
	t.Block(func() { err = writeAll(q.wfd, frame) })
	q.writeLock.unlockOwned()
	return true, osErr(err)
}

// get receives an item, waiting at most timeout; ok is false when none
// came in time.
func (q *mpQueue) get(t *Thread, timeout time.Duration) (v Value, ok bool, err error) {
	dl := deadline(timeout)
	if ok, err := q.readLock.lockOwned(t, timeout); err != nil || !ok {
		return Value{}, false, err
	}
	left := time.Duration(-1)
	if timeout >= 0 {
		left = max(time.Until(dl), 0)
	}
	ready, err := t.waitReadable([]int32{int32(q.rfd)}, left)
	if err != nil || !ready[0] {
		q.readLock.unlockOwned()
		return Value{}, false, err
	}
	var payload []byte
	t.Block(func() { payload, err = readFrame(q.rfd) })
	q.readLock.unlockOwned()
	if err != nil {
		return Value{}, false, frameError(err)
	}
	q.count.add(-1)
	if q.maxsize > 0 {
		q.slots.semRelease()
	}
	v, err = DecodeValue(t, payload)
	return v, err == nil, err
}

// taskDone is JoinableQueue.task_done().
func (q *mpQueue) taskDone() error {
	for {
		n := q.unfinished.load()
		if n == 0 {
			return Errorf(ValueErrorType, "task_done() called too many times")
		}
		if q.unfinished.cas(n, n-1) {
			if n == 1 {
				q.unfinished.wake(-1)
			}
			return nil
		}
	}
}

// queueFeeder writes a process's queued items into the pipe, in order,
// on a goroutine that runs while there is something to write.
type queueFeeder struct {
	q       *mpQueue
	mu      sync.Mutex
	cond    sync.Cond // signalled when an item is written
	pending [][]byte
	running bool // the goroutine is writing
	// cancelled is cancel_join_thread(): do not wait for this feeder at exit.
	cancelled bool
}

// push queues a message and starts the writer if it is idle.
func (f *queueFeeder) push(in *Interpreter, frame []byte) {
	f.mu.Lock()
	f.pending = append(f.pending, frame)
	start := !f.running
	f.running = true
	f.mu.Unlock()
	if start {
		in.procs.addFeeder(f)
		go f.run(in)
	}
}

// run writes pending messages until none is left. A message that cannot
// be written (every reader gone) is dropped, as CPython's feeder drops it.
func (f *queueFeeder) run(in *Interpreter) {
	for {
		f.mu.Lock()
		if len(f.pending) == 0 {
			f.running = false
			f.cond.Broadcast()
			f.mu.Unlock()
			in.procs.removeFeeder(f)
			return
		}
		frame := f.pending[0]
		f.pending[0] = nil
		f.pending = f.pending[1:]
		f.mu.Unlock()
		f.q.writeLock.lockOwned(nil, -1)
		writeAll(f.q.wfd, frame)
		f.q.writeLock.unlockOwned()
	}
}

// drain waits until everything pushed so far has been written.
func (f *queueFeeder) drain() {
	f.mu.Lock()
	for f.running && !f.cancelled {
		f.cond.Wait()
	}
	f.mu.Unlock()
}

func (r *processRegistry) addFeeder(f *queueFeeder) {
	r.mu.Lock()
	r.feeders = append(r.feeders, f)
	r.mu.Unlock()
}

func (r *processRegistry) removeFeeder(f *queueFeeder) {
	r.mu.Lock()
	for i, x := range r.feeders {
		if x == f {
			r.feeders = append(r.feeders[:i], r.feeders[i+1:]...)
			break
		}
	}
	r.mu.Unlock()
}

// drainFeeders waits for every feeder of the process to finish writing:
// a process that exits right after a put still delivers the item, as
// CPython's queue finalizers join the feeder threads.
func (r *processRegistry) drainFeeders() {
	r.mu.Lock()
	feeders := append([]*queueFeeder(nil), r.feeders...)
	r.mu.Unlock()
	for _, f := range feeders {
		f.drain()
	}
}
