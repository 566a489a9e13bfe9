package runtime

// Memory shared between a process and its children, and the futex words
// in it on which cross-process locks, semaphores, events and queue
// counters are built.
//
// Why shared memory (and not the parent as a broker): a lock taken and
// released without contention, or a Value read, then costs a few atomic
// instructions and no message, in every process alike; only a wait is a
// system call (a futex, which the kernel matches across processes by the
// page's identity). The block is a deleted temporary file (in /dev/shm,
// RAM-backed, when there is one) that each process maps; children inherit
// its descriptor when they start, as CPython's semaphores and sharedctypes
// are inherited under spawn.

import (
	"os"
	goruntime "runtime"
	"sync/atomic"
	"time"
)

// sharedMem is a mapped block of shared memory.
type sharedMem struct {
	f   *os.File
	mem []byte
}

// newSharedMem creates a zeroed shared block of size bytes.
func newSharedMem(size int) (*sharedMem, error) {
	dir := "/dev/shm"
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		dir = os.TempDir()
	}
	f, err := os.CreateTemp(dir, "minipy-mp-")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name()) // the descriptors keep it alive
	if err := f.Truncate(int64(size)); err != nil {
		f.Close()
		return nil, err
	}
	return mapSharedFile(f, size)
}

// mapSharedFile maps an inherited or new shared file.
func mapSharedFile(f *os.File, size int) (*sharedMem, error) {
	mem, err := mapShared(f, size)
	if err != nil {
		f.Close()
		return nil, err
	}
	s := &sharedMem{f: f, mem: mem}
	goruntime.SetFinalizer(s, func(s *sharedMem) {
		unmapShared(s.mem)
		s.f.Close()
	})
	return s, nil
}

// cell returns the futex cell at byte offset off (8 bytes: the value and
// a count of sleepers).
func (s *sharedMem) cell(off int) futexCell {
	return futexCell{val: word(s.mem, off), sleepers: word(s.mem, off+4), owner: s}
}

// futexCell is a 32-bit value in shared memory that processes can sleep
// on, with the number of sleepers so that a change wakes no one (and
// makes no system call) when nobody waits.
type futexCell struct {
	val, sleepers *uint32
	owner         *sharedMem // keeps the mapping alive
}

func (c futexCell) load() uint32 { return atomic.LoadUint32(c.val) }

func (c futexCell) store(v uint32) { atomic.StoreUint32(c.val, v) }

func (c futexCell) add(d int32) uint32 { return atomic.AddUint32(c.val, uint32(d)) }

// wake wakes up to n sleepers (n < 0: all) if there are any.
func (c futexCell) wake(n int) {
	if atomic.LoadUint32(c.sleepers) == 0 {
		return
	}
	if n < 0 {
		n = 1 << 30
	}
	futexWake(c.val, n)
}

// await waits until try succeeds, at most timeout (negative: no limit;
// zero: one attempt). try returns the value it saw when it failed: the
// sleep lasts while the cell still holds it. With a thread, the wait
// releases the GIL and Ctrl-C ends it; t is nil for Go helpers (a
// queue's feeder), which wait without either.
func (c futexCell) await(t *Thread, try func() (bool, uint32), timeout time.Duration) (bool, error) {
	if ok, _ := try(); ok {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	if t != nil {
		t.BeginBlocking()
		defer t.EndBlocking()
	}
	atomic.AddUint32(c.sleepers, 1)
	defer atomic.AddUint32(c.sleepers, ^uint32(0))
	dl := deadline(timeout)
	for {
		ok, seen := try()
		if ok {
			return true, nil
		}
		if t != nil && t.takeInterrupt() {
			return false, NewException(KeyboardInterruptType)
		}
		slice, more := remaining(dl)
		if !more {
			return false, nil
		}
		futexWait(c.val, seen, slice)
	}
}

// semAcquire takes one unit of a counting semaphore stored in c.
func (c futexCell) semAcquire(t *Thread, timeout time.Duration) (bool, error) {
	return c.await(t, func() (bool, uint32) {
		for {
			v := c.load()
			if v == 0 {
				return false, 0
			}
			if atomic.CompareAndSwapUint32(c.val, v, v-1) {
				return true, v
			}
		}
	}, timeout)
}

// semRelease gives back one unit.
func (c futexCell) semRelease() {
	c.add(1)
	c.wake(1)
}

// awaitValue waits until the cell holds want.
func (c futexCell) awaitValue(t *Thread, want uint32, timeout time.Duration) (bool, error) {
	return c.await(t, func() (bool, uint32) {
		v := c.load()
		return v == want, v
	}, timeout)
}

// cas replaces old with new if the cell holds old.
func (c futexCell) cas(old, new uint32) bool { return atomic.CompareAndSwapUint32(c.val, old, new) }

// lockOwned takes a lock whose cell holds its owner's pid (0: free). A
// waiter that finds the owner dead (a worker killed while it waited for a
// queue item) takes the lock over, so that one killed process does not
// hang every other user of the queue.
func (c futexCell) lockOwned(t *Thread, timeout time.Duration) (bool, error) {
	me := uint32(os.Getpid())
	return c.await(t, func() (bool, uint32) {
		v := c.load()
		switch {
		case v == 0:
			return c.cas(0, me), 0
		case v != me && !processAlive(int(v)):
			return c.cas(v, me), v
		}
		return false, v
	}, timeout)
}

// unlockOwned releases a lock taken with lockOwned.
func (c futexCell) unlockOwned() {
	c.store(0)
	c.wake(1)
}
