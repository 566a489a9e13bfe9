package runtime

// insertStrKey adds the str key k, known to be absent, with value v: an
// instance's inline attributes moving into its new dict (instance_values.go).
func (d *Dict) insertStrKey(k *Str, v Value) {
	d.mu.Lock()
	d.insertNewLocked(Obj(k), k.hashValue(), v)
	d.mu.Unlock()
}
