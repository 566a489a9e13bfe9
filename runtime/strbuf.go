package runtime

import (
	"strconv"
	"unsafe"
)

// Building a new str in one allocation. A Str made from a Go string costs
// two allocations, the Str and the bytes; a str built here (a
// concatenation, str(int), a join) has its bytes inside the Str's own
// allocation: half the allocations, and a dict lookup that compares the key
// touches one cache line fewer. A short str costs no more memory than the
// two allocations did (a 16-byte string: one 64-byte object instead of 48 +
// 16).
//
// The bytes are written once, before the Str is returned to Python code,
// and never again, so the string over them is immutable like any other.

// strBox is a Str followed by its bytes; B is a byte array whose size puts
// the box in one of Go's allocation size classes.
type strBox[B any] struct {
	str Str
	buf B
}

// newStrBuf returns a Str of size bytes and the bytes to fill: the caller
// must fill them, and set n, before the Str is used.
func newStrBuf(size int) (*Str, []byte) {
	switch {
	case size <= 16:
		return boxStr[[16]byte](size)
	case size <= 32:
		return boxStr[[32]byte](size)
	case size <= 48:
		return boxStr[[48]byte](size)
	case size <= 80:
		return boxStr[[80]byte](size)
	case size <= 112:
		return boxStr[[112]byte](size)
	}
	buf := make([]byte, size)
	return &Str{s: unsafe.String(unsafe.SliceData(buf), size)}, buf
}

func boxStr[B any](size int) (*Str, []byte) {
	box := new(strBox[B])
	p := (*byte)(unsafe.Pointer(&box.buf))
	box.str.s = unsafe.String(p, size)
	return &box.str, unsafe.Slice(p, size)
}

// concatStr is the str a + b, whose length in code points is n.
func concatStr(a, b string, n int) Value {
	if len(a)+len(b) == 1 || n == 0 {
		return newStrLen(a+b, n) // the shared one-character and empty strs
	}
	s, buf := newStrBuf(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	s.n = n
	return Obj(s)
}

// intStr is str(i) for an inline int.
func intStr(i int64) Value {
	if i >= 0 && i < 10 {
		return asciiChars['0'+i]
	}
	var digits [20]byte
	text := strconv.AppendInt(digits[:0], i, 10)
	s, buf := newStrBuf(len(text))
	copy(buf, text)
	s.n = len(text)
	return Obj(s)
}
