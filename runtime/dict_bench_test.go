package runtime

import (
	"strconv"
	"testing"
)

// BenchmarkDictStrKeys300k is bench/dict_ops.py without the interpreter:
// 300,000 inserts of fresh "k<i>" str keys, then as many lookups with
// fresh, equal keys (so every lookup compares strings, as in Python).
func BenchmarkDictStrKeys300k(b *testing.B) {
	e := newTestEnv(b)
	const n = 300000
	ins := make([]Value, n)
	look := make([]Value, n)
	for i := range ins {
		ins[i] = NewStr("k" + strconv.Itoa(i))
		look[i] = NewStr("k" + strconv.Itoa(i))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for j, k := range ins {
			if err := d.Set(e.th, k, Int(int64(j))); err != nil {
				b.Fatal(err)
			}
		}
		for j, k := range look {
			if v, ok, _ := d.Get(e.th, k); !ok || v.AsInt() != int64(j) {
				b.Fatal("lookup failed")
			}
		}
	}
}

// BenchmarkDictStrInsert300k is the insert half of BenchmarkDictStrKeys300k.
func BenchmarkDictStrInsert300k(b *testing.B) {
	e := newTestEnv(b)
	const n = 300000
	ins := make([]Value, n)
	for i := range ins {
		ins[i] = NewStr("k" + strconv.Itoa(i))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := NewDict()
		for j, k := range ins {
			if err := d.Set(e.th, k, Int(int64(j))); err != nil {
				b.Fatal(err)
			}
		}
	}
}
