package runtime

// TEMPORARY: declarations that the runtime helpers replace with real
// implementations (each moves its declaration to its own file and deletes it
// here). This file must be gone before anything lands.

import "sync"

// Str is a Python str. (str.go owns it.)
type Str struct {
	s string
}

// Type implements Object.
func (s *Str) Type() *Type { return StrType }

// NewStr returns the Python str s.
func NewStr(s string) Value { return Obj(&Str{s: s}) }

// Dict is a Python dict (dict.go owns it).
type Dict struct {
	mu   sync.Mutex
	keys []string
	vals map[string]Value
}

// Type implements Object.
func (d *Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{vals: map[string]Value{}} }

// GetStr looks up a str key.
func (d *Dict) GetStr(k string) (Value, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	v, ok := d.vals[k]
	return v, ok
}

// SetStr sets a str key.
func (d *Dict) SetStr(k string, v Value) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.vals[k]; !ok {
		d.keys = append(d.keys, k)
	}
	d.vals[k] = v
}

// IndexValue converts an int-like value (int, bool, big int that fits) to
// an int for indexing and repetition; ok is false for other types.
func IndexValue(v Value) (int, bool) {
	if v.IsInt() || v.IsBool() {
		return int(v.AsInt()), true
	}
	return 0, false
}

func initBuiltins(in *Interpreter) {}
