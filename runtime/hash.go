package runtime

import (
	"math"
	"math/big"
)

// CPython's numeric hash: a number's hash is its value modulo the Mersenne
// prime 2**61-1 (keeping the sign), so that equal numbers of different types
// hash alike: hash(1) == hash(1.0) == hash(True), and hash(2**61) == 1.

const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// hashBig is the hash of a big int.
func hashBig(x *big.Int) int64 {
	m := new(big.Int).Abs(x)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's _Py_HashDouble. NaN hashes by identity in CPython
// 3.10+; every NaN here hashes to 0, which is as consistent.
func hashFloat(f float64) int64 {
	switch {
	case math.IsNaN(f):
		return 0
	case math.IsInf(f, 1):
		return hashInf
	case math.IsInf(f, -1):
		return -hashInf
	}
	if f == math.Trunc(f) && f >= -(1<<63) && f < 1<<63 {
		return hashInt64(int64(f))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	// Process 28 bits at a time, reducing modulo 2**61-1 as we go:
	// x = m * 2**e, and multiplying by 2**28 is a rotation mod 2**61-1.
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}
